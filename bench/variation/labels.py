#!/usr/bin/env python3
"""Prints a tuned part's wordings as TSV (form, field id, label) for the label-placement report:

    python3 bench/variation/labels.py tuned2 > target/labels-tuned2.tsv
    mvn -o -q -B test -Dtest='LabelPlacementReportTest' -Dsurefire.failIfNoSpecifiedTests=false \
        -Dvariation.labels=target/labels-tuned2.tsv

Tuned parts only: the held-out part's wordings are not to be read while tuning.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

FORMS = {"referral": "referral", "risk": "risk-concern", "safeguarding": "safeguarding-incident",
         "intelligence": "intelligence-submission", "mash": "mash-referral", "mash-notice": "mash-referral",
         "void": "void-return"}
IDS = {
    "referral": {"referral_type": "variant", "name": "full-name", "dob": "date-of-birth", "lcs": "lcs-number",
                 "address": "current-address", "locality": "preferred-locality", "legal_status": "legal-status",
                 "ref_name": "referrer-name", "ref_role": "referrer-role", "ref_org": "organisation",
                 "ref_email": "referrer-email", "ref_phone": "referrer-phone", "sw_name": "social-worker-name",
                 "sw_email": "social-worker-email", "fgc": "fgc-offered", "fgc_date": "fgc-date",
                 "safety": "safety-concern", "risk_self": "risk-to-self", "risk_others": "risk-to-others",
                 "risk_from": "risk-from-others", "substance": "substance-misuse", "mental_health": "mental-health",
                 "support": "support-needs", "needed": "date-needed"},
    "risk": {"ref": "referral-reference", "yp": "young-person", "why": "reason", "enable": "resources"},
    "safeguarding": {"dob": "date-of-birth", "lcs": "lcs-number", "sw_name": "worker-name", "sw_email": "worker-email",
                     "date": "incident-date", "time": "incident-time", "police_ref": "police-reference"},
    "intelligence": {"date": "info-date", "time": "info-time"},
    "mash": {"dob": "date-of-birth", "mediation_outcome": "mediation-outcome", "parent_contact": "parent-contact"},
    "mash-notice": {"dob": "date-of-birth", "date": "mediation-date", "outcome": "mediation-outcome"},
    "void": {"week": "week-commencing", "ref": "property-reference", "service": "service-type", "total": "total-units",
             "available": "available-from", "emergency": "emergency-bed"},
}

if __name__ == "__main__":
    part = sys.argv[1] if len(sys.argv) > 1 else "tuned"
    if "heldout" in part:
        sys.exit("the held-out part's wordings are not read while tuning")
    wordings = __import__("wordings_" + part)
    for form, fields in wordings.LABELS.items():
        for key, labels in fields.items():
            field = IDS.get(form, {}).get(key, key.replace("_", "-"))
            for label in labels:
                print(f"{FORMS[form]}\t{field}\t{label}")
