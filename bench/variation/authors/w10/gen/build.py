import sys; sys.path.insert(0, '.')
import common, referrals, mash_risk, incidents, intel
referrals.build(); mash_risk.build(); incidents.build(); intel.build()
common.write_all()
print(len(common.FORMS), len(common.HTML_JOBS))
