"""Danish words people build passwords from, for zxcvbn's dictionary matcher.

zxcvbn (the strength estimator) ships English, name and password frequency
lists only: it rates a Danish staple such as "sommerfugl2024" as ten random
letters and a year, i.e. strong. This list closes the worst of that gap: the
words and names that Danish password studies and breach lists show again and
again, plus the words of this program's own world (daycare, school, groups).
zxcvbn treats them as a ranked dictionary, so a passphrase made of them is
estimated as a few dictionary guesses, not as random letters. It is a
supplement, not the rule: the rule is zxcvbn's estimate (passphrase_service).
"""

from __future__ import annotations

# Roughly most common first: zxcvbn ranks earlier words as easier to guess.
_WORDS = """
kodeord adgangskode adgangsfrase password hemmelig hemmelighed sikker sikkerhed
login velkommen hej hejsa hejmeddig jegelskerdig elskerdig elsker kærlighed
kæreste skat skattemus mormor morfar farmor farfar mor far mutter fatter
familie børn barn baby hund hunden hvalp kat katten killing hest hesten pony
fugl sommerfugl sommerfuglene sommer vinter forår efterår jul julemand påske
solskin sol solen måne stjerne stjernen regnbue blomst blomster rose tulipan
solsikke solsikken mariehøne mariehønen bamse bamsen kanin mus løve tiger
bjørn bjørnene ulv ræv frø frøen fisk pingvin elefant abe giraf dinosaur
drage prinsesse prins konge dronning trold nisse fodbold håndbold brøndby
københavn aarhus århus odense aalborg esbjerg randers kolding horsens vejle
roskilde herning silkeborg næstved danmark dansk jylland fyn sjælland
bornholm skole skolen børnehave børnehaven vuggestue dagpleje fritidshjem
sfo klub pædagog pædagogen lærer leder kommune kommunen arbejde kontor
mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts
april maj juni juli august september oktober november december rød blå grøn
gul sort hvid lilla lyserød orange kaffe kage chokolade slik pizza øl vin ost
lakrids hygge glæde lykke frihed fred håb tro livet verden himmel hav havet
strand skov skoven sø bil cykel tog båd hus hjem have haven nøgle nøglen
mikkel ida emma freja sofia alma ella clara karla agnes olivia laura anna
noah william oscar lucas carl victor malthe alfred oliver emil aksel
valdemar frederik magnus elias anne kirsten mette hanne helle susanne lene
maria marianne lone camilla pia louise charlotte tina gitte bente karen inge
jens peter lars michael henrik thomas søren jan christian martin niels
anders morten jesper jørgen hans mads per ole rasmus jensen nielsen hansen
pedersen andersen christensen larsen sørensen rasmussen jørgensen petersen
madsen kristensen olsen thomsen christiansen poulsen johansen møller
mortensen forebyg bekymring trivsel barnets omsorg underretning handleplan
vurdering stue stuen gruppe gruppen klasse klassen
"""

DANISH_WORDS: tuple[str, ...] = tuple(dict.fromkeys(_WORDS.split()))
