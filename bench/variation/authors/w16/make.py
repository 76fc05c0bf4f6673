import sys; sys.path.insert(0, '/work/notes/w16')
from render import build
from data_ref import REFS
from data_rest import OTHER
build(REFS + OTHER)
