"""Danish name and phrase banks for the synthetic demo data (`demo_data`).

Plain data, and two small functions that draw names and group names from it.
Observation sentences are built as "A og B." from the clause lists: both
clauses start with a verb and leave the child implicit, as staff write notes
("Virker træt om morgenen og trækker sig fra legen.").
Banks are indexed by worry level (0 = thriving, 1 = concern, 2 = strong concern)
and stage (0 = under 3 years, 1 = daycare 3-5, 2 = school).
"""

from __future__ import annotations

import random
from bisect import bisect
from itertools import accumulate

# --- names --------------------------------------------------------------------

_DANISH_GIRLS = (
    "Emma", "Ida", "Alma", "Clara", "Ella", "Freja", "Sofia", "Agnes", "Karla", "Olivia",
    "Anna", "Laura", "Josefine", "Nora", "Ellen", "Lily", "Marie", "Mathilde", "Asta",
    "Frida", "Luna", "Esther", "Signe", "Alberte", "Vigga", "Liva", "Emily", "Isabella",
)  # fmt: skip
_DANISH_BOYS = (
    "William", "Noah", "Oscar", "Malthe", "Lucas", "Carl", "Alfred", "Emil", "Valdemar",
    "Aksel", "Arthur", "Oliver", "Magnus", "August", "Elias", "Viggo", "Felix", "Frederik",
    "Villads", "Anton", "Johan", "Storm", "Otto", "Victor", "Theo", "Mikkel", "Sebastian",
)  # fmt: skip
_DANISH_SURNAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
    "Jakobsen", "Mikkelsen", "Frederiksen", "Holm", "Lund", "Schmidt", "Eriksen", "Dahl",
    "Bech", "Vestergaard", "Kjær", "Lauridsen", "Bruun", "Østergaard",
)  # fmt: skip
_MIDEAST_GIRLS = (
    "Aya", "Zainab", "Maryam", "Amira", "Hiba", "Lina", "Yasmin", "Sara", "Hana", "Fatima",
    "Layla", "Ayşe", "Nur", "Hodan",
)  # fmt: skip
_MIDEAST_BOYS = (
    "Yusuf", "Ali", "Omar", "Adam", "Ibrahim", "Mohammad", "Zakaria", "Hamza", "Ahmad",
    "Mustafa", "Emir", "Bilal", "Abdi", "Yahya",
)  # fmt: skip
_MIDEAST_SURNAMES = (
    "Ahmed", "Ali", "Hassan", "Mohamed", "Yilmaz", "Khan", "Abdi", "Hussein", "Osman",
    "Demir", "Öztürk", "Said", "Khalil", "Aziz",
)  # fmt: skip
_POLISH_GIRLS = ("Zofia", "Maja", "Julia", "Wiktoria", "Lena", "Zuzanna", "Hanna")
_POLISH_BOYS = ("Jakub", "Kacper", "Filip", "Szymon", "Mateusz", "Antoni", "Jan")
# (male form, female form)
_POLISH_SURNAMES = (
    ("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"),
    ("Lewandowski", "Lewandowska"), ("Wójcik", "Wójcik"), ("Kaczmarek", "Kaczmarek"),
)  # fmt: skip
_VIET_GIRLS = ("Linh", "Mai", "Anh", "Lan", "Thu")
_VIET_BOYS = ("Minh", "Bao", "Huy", "Nam", "Duc")
_VIET_SURNAMES = ("Nguyen", "Tran", "Le", "Pham", "Hoang")

# (weight, girls, boys, surnames for girls, surnames for boys)
_Names = tuple[str, ...]
NAME_GROUPS: tuple[tuple[float, _Names, _Names, _Names, _Names], ...] = (
    (0.80, _DANISH_GIRLS, _DANISH_BOYS, _DANISH_SURNAMES, _DANISH_SURNAMES),
    (0.12, _MIDEAST_GIRLS, _MIDEAST_BOYS, _MIDEAST_SURNAMES, _MIDEAST_SURNAMES),
    (0.04, _POLISH_GIRLS, _POLISH_BOYS,
     tuple(f for _, f in _POLISH_SURNAMES), tuple(m for m, _ in _POLISH_SURNAMES)),
    (0.02, _VIET_GIRLS, _VIET_BOYS, _VIET_SURNAMES, _VIET_SURNAMES),
    # mixed families
    (0.02, _DANISH_GIRLS + _MIDEAST_GIRLS, _DANISH_BOYS + _MIDEAST_BOYS,
     _DANISH_SURNAMES + _MIDEAST_SURNAMES, _DANISH_SURNAMES + _MIDEAST_SURNAMES),
)  # fmt: skip

FIRST_NAMES: frozenset[str] = frozenset(n for g in NAME_GROUPS for n in g[1] + g[2])
SURNAMES: frozenset[str] = frozenset(n for g in NAME_GROUPS for n in g[3] + g[4])

STAFF_NAMES: tuple[str, ...] = (
    "Mette Holm", "Louise Bach", "Anne Frederiksen", "Camilla Vestergaard", "Jonas Lund",
    "Sofie Kjær", "Mads Dalgaard", "Hanne Bisgaard", "Rikke Lauridsen", "Fatima Khalil",
    "Peter Krogh", "Line Bruun",
)  # fmt: skip

# Daycare groups: (under 3 years, 3-5 years); school classes are "4.C".
NURSERY_GROUPS = ("Mariehønen", "Sommerfuglene", "Mælkebøtterne", "Humlebierne", "Spurvene")
KINDERGARTEN_GROUPS = ("Solsikkerne", "Bjørnene", "Frøerne", "Egernene", "Ræveungerne")
_NAME_CUM = list(accumulate(g[0] for g in NAME_GROUPS))


def child_name(rng: random.Random) -> str:
    """A first name and surname from one name group (now and then a double surname)."""
    g = NAME_GROUPS[min(bisect(_NAME_CUM, rng.random() * _NAME_CUM[-1]), len(_NAME_CUM) - 1)]
    girl = rng.random() < 0.5
    surnames = g[3] if girl else g[4]
    last = rng.choice(surnames)
    if rng.random() < 0.08 and (middle := rng.choice(surnames)) != last:
        last = f"{middle} {last}"
    return f"{rng.choice(g[1] if girl else g[2])} {last}"


def group_name(stage: int, j: int) -> str:
    """The j-th group of a stage: -2 nursery, -1 kindergarten, else the school grade.

    "Sommerfuglene", then "Sommerfuglene 2"; "4.A" ... "4.Z", then "4.A2".
    """
    if stage < 0:
        names = NURSERY_GROUPS if stage == -2 else KINDERGARTEN_GROUPS
        return names[j % len(names)] + (f" {j // len(names) + 1}" if j >= len(names) else "")
    return f"{stage}.{chr(65 + j % 26)}{j // 26 + 1 if j >= 26 else ''}"


# --- observations: [level][stage] -> (A clauses, B clauses) ---------------------

OBS_CLAUSES: tuple[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...], ...] = (
    (  # level 0: thriving
        (("Kommer glad ind om morgenen", "Falder hurtigt til ro efter aflevering",
          "Sover godt til middag", "Udforsker rummet med nysgerrighed",
          "Smiler til de kendte voksne", "Trives i de faste rutiner"),
         ("lader sig trøste, når noget er svært", "bruger de første ord",
          "viser interesse for de andre børn", "er glad for sanglegene i samlingen",
          "udvikler sig motorisk alderssvarende", "virker tryg ved de kendte voksne")),
        (("Kommer glad ind om morgenen", "Leger gerne med de andre børn",
          "Deltager aktivt i samlingen", "Spiser med god appetit til frokost",
          "Tager selv initiativ til leg", "Har fundet en god legekammerat på stuen",
          "Er nysgerrig på nye aktiviteter", "Fortæller gerne om sine oplevelser",
          "Hjælper gerne de mindre børn", "Viser glæde ved at være på legepladsen"),
         ("søger trøst hos de voksne, når noget er svært", "har et alderssvarende sprog",
          "siger farvel til forældrene uden problemer", "kan vente på tur i spil",
          "deltager med lyst i turene i skoven", "er glad for at tegne",
          "viser omsorg, når andre børn er kede af det", "virker tryg ved de voksne")),
        (("Møder velforberedt til timerne", "Deltager aktivt i undervisningen",
          "Har en god kammeratskabsgruppe i klassen", "Er glad for frikvartererne",
          "Tager ansvar i gruppearbejde", "Fortæller gerne om sin weekend",
          "Er fagligt nysgerrig", "Har gode venner fra fodboldholdet"),
         ("afleverer sine opgaver til tiden", "søger hjælp hos de voksne, når noget er svært",
          "har god kontakt til klasselæreren", "inddrager gerne de andre i spil",
          "har et stabilt fremmøde", "deltager med engagement i idræt")),
    ),
    (  # level 1: concern
        (("Er svær at få til at falde til ro efter aflevering",
          "Virker uoplagt det meste af dagen", "Græder meget i perioder",
          "Sover uroligt til middag", "Spiser kun meget lidt"),
         ("søger sjældent trøst hos de voksne", "virker anspændt i kroppen",
          "har svært ved at komme i gang med leg", "har ofte en våd ble ved aflevering",
          "reagerer kun lidt på sit navn")),
        (("Virker træt om morgenen", "Har svært ved at falde til ro efter aflevering",
          "Bliver hurtigt ked af det", "Trækker sig ofte fra fællesskabet",
          "Har haft mange fraværsdage den seneste måned", "Har svært ved at vente på tur",
          "Kommer flere dage uden madpakke", "Har ofte tøj på, der ikke passer til vejret",
          "Er urolig i samlingen", "Slår ofte ud efter de andre børn",
          "Har få ord for sin alder", "Klager tit over ondt i maven"),
         ("trækker sig fra legen", "har brug for meget voksenstøtte i overgange",
          "søger sjældent de voksne", "bliver ofte hentet sent",
          "har svært ved at koncentrere sig i aktiviteter", "leger mest alene på legepladsen",
          "reagerer voldsomt på små ændringer i dagen",
          "har svært ved at sige farvel ved aflevering")),
        (("Kommer ofte for sent til første time", "Har svært ved at koncentrere sig i timerne",
          "Går ofte alene rundt i frikvartererne", "Har haft højt fravær i den seneste periode",
          "Virker uoplagt om morgenen", "Er havnet i flere konflikter i klassen",
          "Glemmer ofte sin madpakke", "Har fået svært ved at følge med fagligt",
          "Klager ofte over hovedpine"),
         ("afleverer sjældent lektier", "siger, at det er kedeligt at være i skole",
          "trækker sig i gruppearbejde", "har brug for mange pauser i løbet af dagen",
          "reagerer med vrede, når der stilles krav", "sidder ofte alene i spisefrikvarteret",
          "virker ked af det efter weekenderne")),
    ),
    (  # level 2: strong concern
        (("Viser kun lidt glæde", "Er utrøstelig i lange perioder",
          "Har tabt sig siden sidste vejning", "Kommer ofte i det samme tøj flere dage i træk"),
         ("søger ikke trøst hos de voksne", "undgår øjenkontakt med de voksne",
          "stivner, når en voksen løfter barnet op",
          "er gået i stå i sin motoriske udvikling")),
        (("Er ofte svær at trøste",
          "Har gentagne gange været voldsom over for de andre børn",
          "Siger næsten ingenting til de voksne", "Kommer ofte sulten om morgenen",
          "Har mistet sprog, som var på plads for et halvt år siden",
          "Er flere gange ikke blevet hentet til aftalt tid",
          "Har været fraværende mange dage uden besked"),
         ("søger kontakt til alle voksne uden forskel",
          "reagerer med uro, når forældrene kommer",
          "har svært ved at indgå i nogen form for leg",
          "virker bange for at gøre noget forkert",
          "har ofte beskidt tøj", "fortæller om mange konflikter derhjemme")),
        (("Har et meget bekymrende fravær", "Er ofte i voldsomme konflikter",
          "Har isoleret sig fra klassen", "Kommer i skole uden at have spist",
          "Har fortalt en lærer, at alt føles håbløst",
          "Har haft et markant fald i sine faglige resultater"),
         ("har svært ved at regulere sine følelser", "virker bange for at tage hjem efter skole",
          "bliver ofte hentet af skiftende voksne", "har dårlig hygiejne",
          "fortæller om mange konflikter derhjemme", "virker opgivende over for skolearbejdet")),
    ),
)  # fmt: skip

ABUSE_OBSERVATIONS = (
    "Har flere blå mærker på overarmene, som barnet ikke vil forklare.",
    "Fortæller selv om at blive slået derhjemme.",
    "Viser seksualiseret adfærd, der ikke passer til alderen.",
    "Bliver bange og stivner, når en bestemt voksen henter.",
    "Har mærker i ansigtet og giver skiftende forklaringer.",
    "Har sagt til en voksen, at det er en hemmelighed, hvad der sker derhjemme.",
)

# --- child's and parents' views, resources: [level][stage] / [level] ------------

CHILD_VIEWS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("Barnet er for lille til at sætte ord på; virker tryg ved sin primærpædagog.",
      "Barnet viser glæde ved rutinerne og søger de kendte voksne."),
     ('"Jeg kan bedst lide at lege i sandkassen."', '"Jeg har mange venner på stuen."',
      '"Det er sjovt at tage på tur i skoven."', '"Jeg glæder mig til at komme herhen."'),
     ("Fortæller, at det er rart at gå i klassen.", '"Jeg har mange gode venner i klassen."',
      '"Matematik er mit yndlingsfag."', "Siger, at frikvartererne er det bedste.")),
    (("Barnet søger sjældent de voksne og er svært at aflæse.",
      "Barnet viser uro i kroppen ved aflevering."),
     ('"Jeg gider ikke lege med de andre."', '"Jeg har ondt i maven."',
      '"Nogle gange er jeg ked af det, når mor går."', '"Der er ingen, der vil lege med mig."'),
     ('"Jeg har ikke nogen at være sammen med i frikvarteret."',
      "Fortæller, at det er svært at sove om aftenen.", '"Lærerne skælder altid ud på mig."',
      "Siger, at det er kedeligt og svært i timerne.")),
    (("Barnet reagerer kun lidt på kontakt og er svært at trøste.",
      "Barnet virker anspændt og på vagt over for voksne."),
     ('"Jeg vil ikke hjem."', '"Der er meget larm derhjemme."', '"Jeg er sulten."',
      "Barnet vil ikke fortælle, hvordan det har det."),
     ("Fortæller, at det er svært at være hjemme for tiden.", '"Jeg gider ikke noget mere."',
      "Vil ikke tale om, hvordan det går derhjemme.", '"Ingen kan lide mig."')),
)  # fmt: skip

PARENTS_VIEWS: tuple[tuple[str, ...], ...] = (
    ("Forældrene oplever, at barnet trives både hjemme og her.",
     "Mor fortæller, at barnet glæder sig til at komme afsted om morgenen.",
     "Far oplever ingen bekymringer og er glad for samarbejdet.",
     "Forældrene genkender billedet af et barn i god trivsel."),
    ("Mor oplever også, at barnet er mere træt end før, og vil gerne samarbejde.",
     "Forældrene genkender uroen og ønsker gode råd til hverdagen.",
     "Far synes ikke, det er så slemt, men vil gerne følge op.",
     "Forældrene fortæller, at de er midt i en skilsmisse, og at det fylder meget.",
     "Mor er enig i bekymringen og vil gerne have et møde med sundhedsplejersken."),
    ("Forældrene er bekymrede og ønsker hjælp til at skabe mere ro i hverdagen.",
     "Mor fortæller, at hun selv har det svært og har brug for støtte.",
     "Far er uenig i bekymringen og ønsker ikke indblanding.",
     "Forældrene har aflyst de to seneste møder.",
     "Forældrene er enige i bekymringen og har sagt ja til et møde med PPR."),
)  # fmt: skip

FAMILY_RESOURCES: tuple[tuple[str, ...], ...] = (
    ("", "", "", "Forældrene er engagerede og deltager i forældremøder.",
     "Stor familie tæt på, som hjælper i hverdagen."),
    ("", "Mormor og morfar bor tæt på og hjælper gerne med hentning.",
     "Forældrene er engagerede og kommer til alle møder.",
     "En storesøster er en vigtig person for barnet.",
     "Familien har et godt netværk i boligområdet.",
     "Far har fået nyt job med faste arbejdstider."),
    ("", "Familien kommer i den lokale idrætsforening.",
     "Mor har god kontakt til sin egen familie.",
     "Farmor er en vigtig og stabil voksen for barnet.",
     "Forældrene tager imod hjælp og møder op til aftaler."),
)  # fmt: skip

INFORMED_HOW: tuple[tuple[str, ...], ...] = (
    ("Samtale ved afhentning", "Samtale ved aflevering", "Forældresamtale", "Telefonsamtale",
     "Besked i Aula og efterfølgende samtale", "Møde med begge forældre"),
    ("Skole-hjem-samtale", "Telefonsamtale", "Besked i Aula og efterfølgende samtale",
     "Møde med begge forældre", "Samtale med forældrene på skolen"),
)  # fmt: skip

# "{label}" is the position's label, e.g. "Gul".
AGREED_REASONS: tuple[tuple[str, ...], ...] = (
    ('Begge vurderinger pegede på "{label}"; vi ser et barn i god trivsel.',
     'Vi er enige om "{label}"; ingen nye tegn siden sidst.',
     'Enige om "{label}": barnet trives, og samarbejdet med forældrene er godt.'),
    ('Vi har begge set tegn over en periode og er enige om "{label}".',
     'Efter dialog er vi enige om "{label}", fordi tegnene ses i flere sammenhænge.',
     'Vi vurderede forskelligt, men er efter drøftelse enige om "{label}".'),
    ('Tegnene er tydelige og vedvarende; vi er enige om "{label}".',
     'Vi er enige om "{label}", da bekymringen er vokset siden sidste vurdering.',
     'Efter drøftelse med lederen er vi enige om "{label}".'),
)  # fmt: skip

REPORT_REASONS = (
    "Vedvarende bekymring; der er grund til at antage, at barnet har behov for særlig støtte.",
    "Bekymringen er vokset trods indsats; underretning sendt efter drøftelse med lederen.",
)
ABUSE_REPORT_REASONS = (
    "Mistanke om vold – underretning sendt straks; forældrene er ikke orienteret først.",
    "Barnet har fortalt om overgreb; underretning sendt samme dag uden at orientere forældrene.",
)
# Why no report was made where the signpost asks staff to consider one.
NOT_REPORTED_REASONS = (
    "Drøftet med lederen: forældrene samarbejder, og indsatsen i hverdagen er tilstrækkelig nu.",
    "Overvejet; bekymringen håndteres foreløbig med en handleplan sammen med forældrene.",
    "Tegnene er nye og afgrænsede; vi følger tæt op og vurderer igen ved næste opfølgning.",
)

# --- plans and evaluations -----------------------------------------------------

PLAN_CHILD_VIEWS = (
    "Barnet vil gerne have en fast voksen at gå til om morgenen.",
    '"Jeg vil gerne lege mere med de andre."',
    "Barnet siger, at det hjælper at vide, hvad der skal ske i løbet af dagen.",
    "Barnet ønsker at sidde ved siden af en god ven.",
)
PLAN_PARENTS_VIEWS = (
    "Forældrene bakker op om planen og følger de samme rutiner derhjemme.",
    "Mor vil gerne have en kort status hver fredag.",
    "Far ønsker, at sundhedsplejersken deltager i næste møde.",
    "Forældrene er enige i målene og vil selv arbejde med sengetider.",
)
PLAN_RESOURCES = (
    "Bedsteforældrene kan hente to dage om ugen.",
    "Forældrene er motiverede og har tid til møder.",
    "Familien har et godt netværk i foreningslivet.",
    "",
)
EVALUATION_NOTES: dict[str, tuple[str, ...]] = {
    "continue": ("Indsatsen fortsætter uændret; vi ser små fremskridt.",
                 "Planen fortsætter – målene er delvist nået.",
                 "Vi fortsætter og følger op igen på næste teammøde."),
    "step_up": ("Bekymringen er vokset; vi inddrager PPR og sundhedsplejersken.",
                "Indsatsen skærpes, og vi indkalder til tværfagligt møde.",
                "Trods indsatsen ser vi flere tegn; vi trapper op."),
    "step_down": ("Tydelige fremskridt; indsatsen trappes ned.",
                  "Barnet trives bedre; vi fortsætter med færre tiltag."),
    "close": ("Målene er nået, og barnet er i trivsel. Planen afsluttes.",
              "Barnet trives igen; vi afslutter planen efter aftale med forældrene."),
}  # fmt: skip
PROGRESS_MET = ("Målet er nået.", "Ses nu dagligt.", "Tydelig fremgang siden sidst.")
PROGRESS_NOT_MET = (
    "Delvis fremgang.",
    "Ingen ændring endnu.",
    "Ses i perioder, men ikke stabilt.",
    "Tilbagegang siden sidst.",
)
