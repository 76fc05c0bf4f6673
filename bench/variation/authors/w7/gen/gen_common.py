import datetime as dt
MON = ['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC']
MONL = ['January','February','March','April','May','June','July','August','September','October','November','December']
def D(iso, style):
    if not iso: return ''
    d = dt.date.fromisoformat(iso)
    if style == 'mon': return f"{d.day:02d}-{MON[d.month-1]}-{d.year}"
    if style == 'long': return f"{d.day} {MONL[d.month-1]} {d.year}"
    if style == 'short': return f"{d.day:02d}/{d.month:02d}/{d.year%100:02d}"
    if style == 'slash': return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 'dot': return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 'dlong': return f"{['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'][d.weekday()]} {d.day} {MONL[d.month-1]} {d.year}"
    raise ValueError(style)
def T(hhmm, style):
    h, m = hhmm.split(':')
    if style == '24': return f"{h}{m}"
    if style == 'hrs': return f"{h}:{m}hrs"
    if style == 'colon': return f"{h}:{m}"
    if style == 'h': return f"{h}{m}h"
    raise ValueError(style)
def YN(v, style):
    if v is None: return ''
    if style == 'Y': return 'Y' if v else 'N'
    if style == 'Yes': return 'Yes' if v else 'No'
    if style == 'YES': return 'YES' if v else 'NO'
def box(v, opts):
    # opts list of (label, truthy)
    return '  '.join(('☒ ' if sel else '☐ ') + lab for lab, sel in opts)
HTML_HEAD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:Arial;font-size:10pt}} td,th{{font-family:Arial;font-size:10pt;vertical-align:top}} .lab{{background:#e6e6e6;font-weight:bold}} .sec{{background:#1f3864;color:#ffffff;font-weight:bold}} .hint{{font-size:8pt;font-style:italic}}</style></head><body>
"""
def html_doc(title, inner):
    return HTML_HEAD.format(title=title) + inner + "\n</body></html>\n"
