"""Names and places for demo data: invented people, Limburg towns and streets, organisations, teams, schools.

Invented combinations of common first and last names; diacritics and tussenvoegsels on purpose,
because sorting, searching and PDF fonts must cope with them. Schools, organisations and e-mail
domains are fictitious ("Fictief", "voorbeeld.nl").
"""

FIRST_NAMES = (
    "Daan", "Sem", "Lotte", "Fleur", "Bram", "Luuk", "Noor", "Saskia", "Ingrid", "Wim", "Jos", "Ria",
    "Mieke", "Thijs", "Anouk", "Iris", "Ilse", "Sanne", "Femke", "Koen", "Jeroen", "Maud", "Lieke",
    "Roel", "Niek", "Gijs", "Bo", "Jesse", "Tim", "Eva", "Julia", "Sophie", "Emma", "Milan", "Lars",
    "Mohamed", "Fatima", "Yusuf", "Samira", "Priya", "Dragana", "Agnieszka", "Tomasz", "Marieke",
    "Hanneke", "Petra", "Marjo", "Har", "Sjef", "Trees", "Zoë", "Anaïs", "Chloé", "Noëlle", "Ayşe",
    "Gülşen", "Søren", "Esmée", "René", "Hélène", "Joëlle", "Maël", "Björn", "Zeynep", "Kübra",
    "Łukasz", "Inês", "Thaïs", "Rosé", "Dániel",
)  # fmt: skip

SURNAMES = (
    "Janssen", "Peeters", "Smeets", "Hendriks", "Bos", "Willems", "Jacobs", "Vos", "Coenen",
    "Lemmens", "Schreurs", "Hermans", "Wouters", "Kusters", "Dassen", "Vossen", "Bakker", "Visser",
    "Meijer", "Mulder", "Kuipers", "Claessens", "Bemelmans", "Ramakers", "Yılmaz", "Çelik", "Şahin",
    "Müller", "Đorđević", "Kowalczyk", "Öztürk", "Nguyễn", "Schröder", "Lefèvre", "Gonçalves",
    "El Amrani", "Bouzid", "Ramdin",
)  # fmt: skip

PREFIXED_SURNAMES = (
    ("van", "Leeuwen"), ("van", "Dijk"), ("van", "Loon"), ("van", "Rooij"), ("de", "Vries"),
    ("de", "Jong"), ("de", "Wit"), ("de", "Groot"), ("van der", "Meulen"), ("van der", "Linden"),
    ("van der", "Heijden"), ("van den", "Berg"), ("van den", "Heuvel"), ("van den", "Broek"),
    ("ter", "Horst"), ("ter", "Beek"), ("'t", "Hart"), ("van 't", "Hof"), ("van 't", "Veer"),
    ("van de", "Ven"), ("van de", "Kerkhof"), ("in 't", "Zandt"), ("den", "Hollander"),
)  # fmt: skip

CITIES = {  # Limburg towns with the range of their postal codes
    "Maastricht": (6211, 6229), "Heerlen": (6411, 6422), "Sittard": (6131, 6137),
    "Geleen": (6160, 6167), "Kerkrade": (6461, 6471), "Venlo": (5911, 5928), "Roermond": (6041, 6046),
    "Weert": (6001, 6006), "Venray": (5801, 5809), "Valkenburg": (6301, 6305),
    "Brunssum": (6441, 6446), "Landgraaf": (6371, 6374), "Echt": (6101, 6102),
}  # fmt: skip

POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"

STREETS = (
    "Lindelaan", "Kastanjelaan", "Kerkstraat", "Molenweg", "Dorpstraat", "Beekstraat", "Schoolstraat",
    "Heirweg", "Hoogstraat", "Mergelweg", "Kapelweg", "Veldstraat", "Julianastraat", "Wilhelminalaan",
    "Maasboulevard", "Op de Berg", "Bongerdweg", "Akkerstraat", "Vlierweg", "Geulstraat",
)  # fmt: skip

ORGANISATION_NAMES = (
    "Zorggroep De Linde",
    "Stichting Zorg aan de Geul",
    "Zorgcentra Maasoever",
    "Zorggroep Het Mergelland",
)

LOCATION_NAMES = (
    "Huize De Linde", "Woonzorgcentrum Maasoever", "De Bongerd", "Hof van Geuldal", "Het Kloosterhof",
    "Residentie Sint-Pieter", "De Wingerd", "Zorgcentrum Ter Beek", "Woonpark De Vlier", "Het Mergelhuis",
)  # fmt: skip

TEAM_NAMES = (
    "Somatiek 1", "Somatiek 2", "Psychogeriatrie 1", "Psychogeriatrie 2", "Kleinschalig wonen",
    "NAH-groep", "Revalidatie", "Wijkteam Noord", "Wijkteam Zuid", "Dagbesteding", "Nachtdienst",
    "Korte zorg", "Hospice",
)  # fmt: skip

JOB_TITLES = (
    "Verzorgende IG", "Verzorgende IG", "Verpleegkundige", "Helpende", "Persoonlijk begeleider",
    "Activiteitenbegeleider", "Medewerker facilitair", "Gedragsdeskundige", "Logopedist",
    "Fysiotherapeut", "Specialist ouderengeneeskunde", "Medewerker welzijn",
)  # fmt: skip

SCHOOLS = (  # (name, kind, city, email domain)
    ("ROC Fictief Zuid", "mbo", "Heerlen", "rocfictiefzuid.voorbeeld.nl"),
    ("Gilde Fictief Opleidingen", "mbo", "Roermond", "gildefictief.voorbeeld.nl"),
    ("Zorgacademie Fictief Maasland", "mbo", "Maastricht", "zorgacademie.voorbeeld.nl"),
    ("Hogeschool Fictief Limburg", "hbo", "Sittard", "hsfictief.voorbeeld.nl"),
)
