"""Fake people, places and partners for the variation corpus: nothing here is a real person."""

FIRST = ["Aelwen", "Bryony", "Caspar", "Delyth", "Ezra", "Ffion", "Gideon", "Hallie", "Idris", "Jessamy", "Kian",
         "Lowri", "Marek", "Nerys", "Oren", "Perrin", "Quilla", "Rhodri", "Saffi", "Tobias", "Ulla", "Vaughan",
         "Wren", "Xanthe", "Yestin", "Zuleika", "Anwen", "Bastian", "Carys", "Dax", "Elowen", "Fenn"]
LAST = ["Ashcombe-Tilly", "Brackwell", "Carrow-Hinde", "Dunmore", "Elsworth-Pike", "Fairbrass", "Gethin-Lowe",
        "Harkaway", "Ilsley", "Jory-Mace", "Kettleby", "Lanyon", "Merriweather-Dyke", "Nantlle", "Ormsby-Vale",
        "Pryddy", "Quennell", "Rusholme", "Sollis-Crane", "Thackeray-Boon", "Upcott", "Vranch", "Wetherell",
        "Yardley-Oakes", "Pengelly", "Trevaskis", "Llewellin-Hart", "Morcombe"]
STREETS = ["Harrowby Row", "Cinder Lane", "Farthing Close", "Old Mill Court", "Wyvern Way", "Tanners Yard",
           "Bishops Walk", "Foxglove Rise", "Heol y Felin", "Maes yr Ysgol"]
TOWNS = [("Banbury", "OX16"), ("Bicester", "OX26"), ("Witney", "OX28"), ("Oxford", "OX4"), ("Didcot", "OX11"),
         ("Abingdon", "OX14"), ("Thame", "OX9"), ("Wantage", "OX12")]
LOCALITY_WORDS = ["Cherwell", "Banbury", "Bicester", "West Oxon", "Witney", "Oxford City", "Oxford", "South Oxfordshire",
                  "Vale of White Horse", "Vale", "Out of county", "any"]
ROLES = ["Social Worker", "Leaving Care PA", "Personal Adviser", "Housing Options Officer", "YOS Officer",
         "Probation Officer", "Senior Practitioner", "Care Navigator", "Early Help Worker"]
TEAMS = ["Children We Care For Team (North)", "Leaving Care Team", "Cherwell District Council Housing",
         "Youth Justice Service", "Family Solutions Plus", "Adolescent Team (South)", "CAMHS Crisis Team",
         "Vale Housing Options"]
PROVIDER_ROLES = ["Support Worker", "Senior Support Worker", "Scheme Manager", "Service Manager", "Team Leader"]
CAR_MAKES = ["silver Vauxhall Corsa", "black Audi A3", "white Ford Transit van", "blue VW Golf", "grey BMW 1 series"]

# A copy of config/directory.yml (providers, their sending domains and properties) at the time of writing.
PROVIDERS = [
    {"id": "occ-in-house", "names": ["OCC in-house YPSA", "OCC YPSA", "In-house YPSA", "REoC"],
     "domain": "occ-ypsa.council.test",
     "properties": [("OCC-CHE-01", "Cherwell", "16/17 Shared"), ("OCC-WOX-01", "West Oxfordshire", "16/17 Shared"),
                    ("OCC-OXC-01", "Oxford City", "16/17 Shared"), ("OCC-SOX-01", "South Oxfordshire", "16/17 Shared"),
                    ("OCC-VWH-01", "Vale of White Horse", "16/17 Shared")]},
    {"id": "response", "names": ["Response", "Response Organisation", "Response Housing"],
     "domain": "response.provider.test",
     "properties": [("RSP-CHE-01", "Cherwell", "18+ Shared"), ("RSP-OXC-01", "Oxford City", "18+ Shared"),
                    ("RSP-OXC-02", "Oxford City", "18+ Shared"), ("RSP-SOX-01", "South Oxfordshire", "18+ Shared")]},
    {"id": "oxfordshire-youth", "names": ["Oxfordshire Youth", "Oxon Youth", "OY"], "domain": "oxyouth.provider.test",
     "properties": [("OXY-WOX-01", "West Oxfordshire", "18+ Shared"), ("OXY-VWH-01", "Vale of White Horse", "18+ Shared")]},
    {"id": "key2-futures", "names": ["Key2 Futures", "Key 2 Futures", "Key2"], "domain": "key2.provider.test",
     "properties": [("K2F-CHE-01", "Cherwell", "18+ Single Self Contained"),
                    ("K2F-OXC-01", "Oxford City", "18+ Single Self Contained")]},
    {"id": "stonewater", "names": ["Stonewater", "Stonewater Housing"], "domain": "stonewater.provider.test",
     "properties": [("STW-WOX-01", "West Oxfordshire", "18+ Single Self Contained"),
                    ("STW-VWH-01", "Vale of White Horse", "18+ Single Self Contained"),
                    ("STW-VWH-02", "Vale of White Horse", "Parents")]},
    {"id": "connection-support", "names": ["Connection Support", "Connection"], "domain": "connection.provider.test",
     "properties": [("CON-SOX-01", "South Oxfordshire", "18+ Single Self Contained"),
                    ("CON-OOC-01", "Out of county", "Out of county")]},
    {"id": "sanctuary", "names": ["Sanctuary Housing", "Sanctuary"], "domain": "sanctuary.provider.test",
     "properties": [("SAN-CHE-01", "Cherwell", "Parents")]},
    {"id": "a2dominion", "names": ["A2 Dominion", "A2Dominion", "A2D"], "domain": "a2dominion.provider.test",
     "properties": [("A2D-WOX-01", "West Oxfordshire", "Parents"), ("A2D-OXC-01", "Oxford City", "Parents"),
                    ("A2D-SOX-01", "South Oxfordshire", "Parents")]},
]
COUNCIL_DOMAINS = ["council.test", "housing.council.test", "occ-ypsa.council.test", "yjs.council.test"]
