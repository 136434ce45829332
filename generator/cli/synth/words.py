"""The word lists the synthetic archive is made of: first names and surnames, countries,
offices, subjects, kinds of readout, and the sentence templates of the two styles; and
`make_place`, a made-up place name (or surname) from syllables."""

from __future__ import annotations

import random

FIRST = (("Ana", "she"), ("Jonas", "he"), ("Kenji", "he"), ("Amara", "she"), ("Lucas", "he"), ("Ingrid", "she"),
         ("Tomas", "he"), ("Leila", "she"), ("Mateo", "he"), ("Sofia", "she"), ("Arjun", "he"), ("Nadia", "she"),
         ("Pavel", "he"), ("Rosa", "she"), ("Emil", "he"), ("Yara", "she"), ("Oskar", "he"), ("Mira", "she"),
         ("Hugo", "he"), ("Talia", "she"), ("Rafael", "he"), ("Anika", "she"), ("Viktor", "he"), ("Selin", "she"),
         ("Diego", "he"), ("Hana", "she"), ("Karim", "he"), ("Elena", "she"), ("Nikolai", "he"), ("Zara", "she"))
LAST = ("Varga", "Lindqvist", "Okafor", "Moreau", "Halvorsen", "Castell", "Brandt", "Nakamura",
        "Petrov", "Almeida", "Rahman", "Kowal", "Ibarra", "Sato", "Demir", "Novak", "Fischer",
        "Quiroga", "Mensah", "Aalto", "Baptiste", "Cerny", "Dahl", "Esposito", "Grimaldi")
# code, name, adjective: real country codes, made-up people
COUNTRIES = (("PT", "Portugal", "Portuguese"), ("NO", "Norway", "Norwegian"), ("JP", "Japan", "Japanese"),
             ("BR", "Brazil", "Brazilian"), ("KE", "Kenya", "Kenyan"), ("DE", "Germany", "German"),
             ("IN", "India", "Indian"), ("CA", "Canada", "Canadian"), ("MX", "Mexico", "Mexican"),
             ("FI", "Finland", "Finnish"), ("GH", "Ghana", "Ghanaian"), ("TR", "Türkiye", "Turkish"),
             ("CL", "Chile", "Chilean"), ("PL", "Poland", "Polish"), ("VN", "Viet Nam", "Vietnamese"),
             ("NZ", "New Zealand", "New Zealand"), ("SN", "Senegal", "Senegalese"), ("AT", "Austria", "Austrian"),
             ("ID", "Indonesia", "Indonesian"), ("UY", "Uruguay", "Uruguayan"), ("ES", "Spain", "Spanish"),
             ("IE", "Ireland", "Irish"), ("MA", "Morocco", "Moroccan"), ("AR", "Argentina", "Argentine"),
             ("TH", "Thailand", "Thai"), ("EG", "Egypt", "Egyptian"), ("SE", "Sweden", "Swedish"),
             ("NG", "Nigeria", "Nigerian"), ("AU", "Australia", "Australian"), ("ZA", "South Africa", "South African"),
             ("CO", "Colombia", "Colombian"), ("PE", "Peru", "Peruvian"), ("GR", "Greece", "Greek"),
             ("HU", "Hungary", "Hungarian"), ("DK", "Denmark", "Danish"), ("IT", "Italy", "Italian"),
             ("KZ", "Kazakhstan", "Kazakh"), ("MY", "Malaysia", "Malaysian"), ("TZ", "Tanzania", "Tanzanian"),
             ("ET", "Ethiopia", "Ethiopian"), ("JO", "Jordan", "Jordanian"), ("RO", "Romania", "Romanian"),
             ("CZ", "Czechia", "Czech"), ("SG", "Singapore", "Singaporean"), ("EE", "Estonia", "Estonian"))
LEADERS = ("President", "Prime Minister")
MINISTERS = ("Foreign Minister", "Minister of Trade")
SUBJECTS = ("maritime", "energy", "climate", "trade", "health", "water", "border", "cyber", "space",
            "fisheries", "migration", "education", "nuclear", "arctic", "food", "transport", "finance",
            "digital", "mining", "aviation")
ASPECTS = ("security", "cooperation", "policy", "agreements", "standards", "research", "investment",
           "governance")
KINDS = ("call", "video-call", "meeting", "talks", "visit", "summit", "statement", "letter")
EVENT_KINDS = ("call", "call", "call", "video-call", "meeting", "meeting", "talks", "visit", "summit")
SYLLABLES = ("ka", "lo", "ven", "tar", "mi", "sa", "dor", "el", "ru", "qua", "nes", "bri", "to", "zan")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# What a leader is reported saying: {own} and {other} are country names, {topic} a topic's label.
CLAUSES = ("{own} is ready to work with {other} on {topic}",
           "the two countries should do more together on {topic}",
           "{topic} remains a shared priority",
           "{own} values its long friendship with {other}",
           "progress on {topic} would benefit their peoples",
           "{own} hopes to expand trade with {other} and to attract investment in {subject}",
           "the working group on {topic} should meet {closer}",
           "{own} supports closer coordination on {topic} in multilateral forums",
           "the agreement on {topic} signed last year has begun to bring results",
           "{own} and {other} share a responsibility for {topic}",
           "{own} would send a delegation to {other} to discuss {topic} {closer}",
           "no country can meet the challenges of {topic} alone",
           "{other} is an important partner for {own} in {topic}",
           "the next round of consultations on {topic} should be held {closer}")
SAYS = ("noted", "stressed", "said", "underlined", "pointed out", "emphasized", "observed")
ADDS = ("added", "said", "stressed", "noted")
OBJECTS = ("the progress of the joint commission", "the long friendship between their peoples",
           "closer coordination in multilateral forums", "the timetable of the next round of consultations",
           "the steady growth of bilateral trade", "new exchanges between universities",
           "the protection of shipping lanes", "a framework for regular dialogue",
           "the memorandum signed last year", "practical steps on {topic}",
           "the work of the joint committee on {topic}", "the shared goals of the regional partnership",
           "their common commitment to {topic}", "new projects in {topic}")
JOINT = ("The leaders reaffirmed {object}.", "The leaders discussed {topic} and {object}.",
         "{Both} agreed to advance {topic} {closer}.", "{Both} welcomed {object}.",
         "The leaders agreed to continue their dialogue on {topic}.", "{Both} expressed support for {object}.",
         "The leaders underscored the importance of {topic}.", "{Both} agreed to review {object} {closer}.")
NAMED = ("{who} welcomed {object}.", "{who} underscored the importance of {topic}.",
         "{who} expressed appreciation for {object}.", "{who} highlighted {object}.",
         "{who} raised {topic}.", "{who} thanked {other} for {object}.")
CLOSERS = ("in the months ahead", "at the earliest opportunity", "before the end of the year",
           "in the spirit of mutual respect", "on the basis of equality", "through existing channels",
           "at the next ministerial meeting", "in {place}")
# kind: (what the reported style says the leader did, the short style, a title's words, the text's noun)
DID = {"call": ("held a phone call with", "spoke by phone with", "speaks with {other} by phone", "call"),
       "video-call": ("held a video call with", "held a video call with", "holds a video call with {other}", "video call"),
       "meeting": ("met", "met with", "meets {other}", "meeting"),
       "talks": ("held talks with", "held talks with", "holds talks with {other}", "talks"),
       "visit": ("received", "welcomed", "receives {other}", "visit"),
       "summit": ("met", "met with", "meets {other} at a summit", "summit"),
       "statement": ("issued a joint statement with", "issued a statement with", "issues a statement with {other}",
                     "statement"),
       "letter": ("wrote to", "sent a letter to", "writes to {other}", "letter")}


def make_place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
