COUNCIL_LOGO = "CYNGOR BWRDEISTREF SIROL CWM GLAS &nbsp;|&nbsp; CWM GLAS COUNTY BOROUGH COUNCIL<br><span style='font-size:9pt'>Gwasanaethau Plant / Children's Services</span>"
COUNCIL_FOOT = "SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE. Fersiwn 4.2 / Version 4.2 - Medi / September 2026. Cyngor Bwrdeistref Sirol Cwm Glas, Tŷ'r Cyngor, Heol y Bont, Trefelin CF99 4XX."
CHARITY_LOGO = "LLWYBR IFANC &nbsp;~&nbsp; Young Pathways Cymru<br><span style='font-size:9pt'>Elusen ddigartrefedd ieuenctid / Youth homelessness charity - Registered charity no. 1999999</span>"
CHARITY_FOOT = "Llwybr Ifanc, Uned 4, Parc Busnes y Cwm, Trefelin CF99 9ZZ. Confidential when completed."

SKIP = {"", "n/a", "none", "n/k", "na"}

def sections(spec, d):
    return [(h, [(c, d[c][0], d[c][1]) for c in codes if c in d]) for h, codes in spec]

def vals(d):
    v = {}
    for c, (raw, norm) in d.items():
        if norm is not None:
            v[c] = norm
        elif raw and raw.strip().lower() not in SKIP:
            v[c] = raw
    return v

DISCLAIMER_CY = ("RHYBUDD: Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol ac wedi'u bwriadu ar gyfer y derbynnydd yn unig. "
  "Os ydych wedi ei dderbyn trwy gamgymeriad, rhowch wybod i'r anfonwr a'i ddileu.\n"
  "DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error "
  "please tell the sender and delete it. Any views expressed are those of the author and not necessarily of Cwm Glas County Borough Council. "
  "The Council welcomes correspondence in Welsh and English; we will respond in the language of your choice without delay.")

def council_sig(name, role, team, phone):
    return (f"{name}\n{role}\n{team}\nCyngor Bwrdeistref Sirol Cwm Glas / Cwm Glas County Borough Council\n"
            f"Tŷ'r Cyngor, Heol y Bont, Trefelin CF99 4XX\nFfôn / Tel: {phone}\n"
            "Oriau gwaith / Working days: Llun-Iau / Mon-Thu\n"
            "www.cwmglas.gov.test | Dilynwch ni / Follow us @CwmGlasCBC\n\n"
            "Croesewir gohebiaeth yn Gymraeg / We welcome correspondence in Welsh\n\n" + DISCLAIMER_CY)

def charity_sig(name, role, phone):
    return (f"Best wishes / Cofion gorau,\n{name}\n{role}\nLlwybr Ifanc - Young Pathways Cymru\nT: {phone}\n"
            "Uned 4, Parc Busnes y Cwm, Trefelin CF99 9ZZ\nRegistered charity no. 1999999. Company limited by guarantee.\n\n"
            "This message is confidential and may contain personal information. If you are not the intended recipient, "
            "please let us know and delete it. Llwybr Ifanc does not accept liability for viruses.")

def school_sig():
    return ("Mrs Eirian Bowen\nArweinydd Diogelu Dynodedig / Designated Safeguarding Lead\nYsgol Gyfun Cwm Glas / Cwm Glas Comprehensive School\n"
            "Ffôn / Tel: 01443 555 600 est./ext. 214\n\n"
            "Mae'r neges hon yn gyfrinachol / This message is confidential. Os nad chi yw'r derbynnydd / If you are not the recipient please delete it.")

def provider_sig(name, role, org, phone, extra=""):
    return (f"Kind regards,\n\n{name}\n{role}\n{org}\nTel: {phone}\n{extra}"
            "\nCONFIDENTIALITY NOTICE: The information in this email and any attachments is confidential and may be legally privileged. "
            "It is intended only for the named recipient(s). If you are not the intended recipient, you must not read, copy, distribute "
            "or act on it; please notify the sender and delete it from your system. Please consider the environment before printing this email.")
