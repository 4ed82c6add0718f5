"""New competency groups and the competencies in them.

Line format: `group.slug | Danish label | English label | Danish synonyms; … | English synonyms; …`
(an optional sixth cell holds a verified ESCO skill URI; see Data/README.md).
"""

GROUPS = [
    ("health-support", "Sundhedsservice, klinik og apotek", "Health support, clinic and pharmacy"),
    ("health", "Sundhed, sygepleje og behandling", "Health care and therapy"),
    ("social", "Socialt arbejde og rådgivning", "Social work and counselling"),
    ("education", "Undervisning og vejledning", "Teaching and guidance"),
    ("management", "Ledelse og projektstyring", "Management and project management"),
    ("sales", "Salg, indkøb og marketing", "Sales, purchasing and marketing"),
    ("languages", "Sprog og tolkning", "Languages and interpreting"),
    ("licences", "Kørekort, certifikater og kurser", "Licences, certificates and courses"),
    ("plumbing", "VVS og blik", "Plumbing and sheet metal"),
    ("electrical", "El og elektronik", "Electrical and electronics"),
    ("metal", "Metal og maskiner", "Metal and machinery"),
    ("beauty", "Frisør, skønhed og velvære", "Hairdressing, beauty and wellness"),
    ("engineering", "Teknik, byggeri og design", "Engineering, construction and design"),
    ("public-admin", "Offentlig forvaltning og jura", "Public administration and law"),
    ("laboratory", "Laboratorie og naturvidenskab", "Laboratory and science"),
]

TABLE = """
# health-support
health-support.dental-chairside | Assistance ved tandbehandling | Chairside dental assistance | Stolassistance;Tandklinikarbejde | Dental assisting
health-support.dental-instruments | Klargøring af tandlægeinstrumenter | Dental instrument preparation | Instrumentrengøring;Tandlægeinstrumenter | Dental instrument sterilisation
health-support.dental-xray | Tandrøntgen | Dental radiography | Røntgen af tænder | Dental X-ray
health-support.patient-booking | Patientbooking | Patient appointment booking | Tidsbestilling hos læge;Patientkalender | Medical appointment scheduling
health-support.patient-reception | Patientmodtagelse | Patient reception | Modtagelse af patienter;Lægesekretærarbejde | Medical reception
health-support.medical-records | Journalføring af patienter | Patient records | Patientjournal;Lægejournal | Medical records
health-support.pharmacy-dispensing | Receptekspedition | Dispensing prescriptions | Recepter;Udlevering af medicin | Prescription dispensing
health-support.otc-advice | Rådgivning om håndkøbsmedicin | Over-the-counter advice | Håndkøbsmedicin;Apoteksrådgivning | OTC medicine advice
health-support.pharmacy-stock | Apotekslager og varebestilling | Pharmacy stock handling | Lager på apotek | Pharmacy inventory
health-support.blood-sampling | Blodprøvetagning | Blood sampling | Tage blodprøver;Venepunktur | Phlebotomy;Drawing blood
health-support.vital-signs | Måling af blodtryk og puls | Measuring vital signs | Blodtryksmåling;Værdier | Vital signs monitoring
health-support.wound-care | Sårpleje | Wound care | Forbindinger;Sårbehandling | Wound dressing
health-support.hearing-tests | Høreprøver | Hearing tests | Høreapparater;Audiometri | Audiometry
health-support.optical-retail | Brillesalg og synsprøve | Optical retail | Brilletilpasning;Optik | Spectacle fitting
health-support.ambulance-care | Præhospital behandling | Prehospital care | Ambulancebehandling;Akut førstehjælp | Emergency medical care
health-support.medical-devices | Medicinsk udstyr | Medical equipment handling | Hjælpemidler;Medicoudstyr | Medical devices
health-support.assistive-devices | Hjælpemidler og kropsbårne hjælpemidler | Assistive devices | Hjælpemiddeldepot;Rollator og kørestol | Mobility aids
health-support.infection-control | Infektionshygiejne | Infection control | Smitteforebyggelse;Værnemidler | Infection prevention
health-support.operating-theatre | Operationsgangens service | Operating theatre support | Operationsstue;OP-service | Theatre support
health-support.clinic-cleaning | Klinikrengøring og klargøring af rum | Clinic room preparation | Klargøring af behandlingsrum | Treatment room preparation
# health
health.nursing | Sygepleje | Nursing | Sygeplejefaglig behandling;Klinisk sygepleje | Nursing care
health.medication-administration | Medicinadministration | Medication administration | Dosering af medicin;Medicingivning | Administering medicine
health.psychiatric-nursing | Psykiatrisk sygepleje | Psychiatric nursing | Psykiatri;Psykiatrisk pleje | Mental health nursing
health.palliative-care | Palliation og omsorg ved livets afslutning | Palliative care | Palliativ pleje;Terminal pleje | End-of-life care
health.physiotherapy | Fysioterapi | Physiotherapy | Genoptræning;Fysioterapeutisk behandling | Physical therapy
health.occupational-therapy | Ergoterapi | Occupational therapy | Ergoterapeutisk træning;ADL-træning | OT
health.massage | Massage | Massage | Sportsmassage;Klassisk massage | Massage therapy
health.midwifery | Jordemoderarbejde | Midwifery | Fødselshjælp;Graviditet | Childbirth care
health.diagnosis | Diagnostik og undersøgelse | Diagnosis and examination | Undersøgelse af patienter;Diagnostik | Medical examination
health.radiography | Billeddiagnostik | Radiography | Røntgen;Scanning;CT og MR | Diagnostic imaging
health.nutrition | Ernæring og kost | Nutrition | Kostvejledning;Ernæringsplan | Dietetics;Diet advice
health.dental-care | Tandpleje | Dental care | Tandbehandling;Tandrensning | Oral hygiene
health.psychology | Psykologisk behandling | Psychological treatment | Terapi;Samtaleterapi | Psychotherapy;Talk therapy
health.health-promotion | Sundhedsfremme og forebyggelse | Health promotion | Forebyggelse;Sundhedsplejerske | Prevention
health.emergency-care | Akut sygepleje | Emergency nursing | Akutmodtagelse;Skadestue | Acute care
health.veterinary-care | Veterinær behandling | Veterinary treatment | Dyrlægearbejde;Behandling af dyr | Vet care
health.foot-care | Fodpleje | Foot care | Fodterapi;Negleklipning på fødder | Chiropody;Podiatry
health.clinical-documentation | Klinisk dokumentation | Clinical documentation | Sundhedsplatformen;EPJ | Electronic health records
health.health-it | Sundheds-IT | Health IT | Kliniske systemer;Sundhedsinformatik | Clinical systems
health.pharmacology | Farmakologi | Pharmacology | Lægemidler;Medicinkendskab | Drug knowledge
# social
social.casework | Socialfaglig sagsbehandling | Social casework | Socialrådgivning;Børnesager | Social case management
social.counselling | Rådgivning og samtaler | Counselling | Samtaler;Vejledende samtaler | Guidance conversations
social.conflict-handling | Konflikthåndtering | Conflict management | Konfliktnedtrapning;De-eskalering | De-escalation
social.substance-abuse | Misbrugsbehandling | Substance abuse treatment | Misbrug;Rusmiddelbehandling | Addiction support
social.homeless-support | Arbejde med hjemløse | Support for homeless people | Herberg;Væresteder | Homelessness support
social.refugee-integration | Integration og flygtninge | Refugee integration | Integrationsarbejde;Nydanskere | Integration work
social.employment-guidance | Beskæftigelsesindsats | Employment support | Jobcenter;Jobrettet vejledning | Job coaching
social.mentoring | Mentorfunktion | Mentoring | Mentor;Mentorstøtte | Mentor support
social.youth-work | Ungearbejde og opsøgende arbejde | Youth outreach | Gadeplansarbejde;SSP | Street work
social.family-support | Familiebehandling | Family support | Familiearbejde;Forældrestøtte | Family therapy
social.child-protection | Børn og unge i udsatte positioner | Child protection | Anbragte børn;Underretninger | Child welfare
social.residential-care | Arbejde på bosted | Residential care | Bosted;Botilbud;Døgninstitution | Supported housing
social.autism-support | Autisme og ADHD | Autism support | Autismespektret;Neuropædagogik | ADHD support
social.volunteer-coordination | Frivilligkoordinering | Volunteer coordination | Frivillige;Foreningsarbejde | Volunteer management
social.church-work | Kirkeligt arbejde | Church work | Kirke;Sjælesorg | Pastoral care
social.inclusion | Inklusion og relationsarbejde | Inclusion and relationship work | Relationsarbejde;Inkluderende fællesskaber | Social inclusion
social.legislation | Serviceloven og beskæftigelseslovgivning | Social legislation | Serviceloven;LAB-loven | Social law
# education
education.teaching | Undervisning | Teaching | Undervise;Klasseundervisning | Instruction
education.lesson-planning | Planlægning af undervisning | Lesson planning | Undervisningsforløb;Årsplan | Curriculum planning
education.adult-education | Voksenundervisning | Adult education | VUC;AMU-undervisning | Adult teaching
education.danish-second-language | Dansk som andetsprog | Teaching Danish as a second language | DSA;Sprogskole | Danish for foreigners
education.special-education | Specialundervisning | Special education | Specialklasse;Læsevanskeligheder | Special needs teaching
education.vocational-training | Erhvervsfaglig oplæring | Vocational training | Lærlinge;Oplæring af elever | Apprentice training
education.educational-guidance | Uddannelses- og erhvervsvejledning | Educational guidance | Studievejledning;UU-vejledning | Careers guidance
education.e-learning | E-læring | E-learning | Online undervisning;Digitale læremidler | Online teaching
education.math-tutoring | Matematikhjælp | Maths tutoring | Matematik;Regnehjælp | Math tutoring
education.music-teaching | Musikundervisning | Music teaching | Instrumentalundervisning;Musikskole | Music lessons
education.driving-instruction | Køreundervisning | Driving instruction | Kørelærer;Køretimer | Driving lessons
education.course-admin | Kursusadministration | Course administration | Kursusplanlægning;Tilmeldinger | Training administration
education.onboarding | Oplæring af nye kolleger | Training new colleagues | Sidemandsoplæring;Introduktion af nye | Onboarding
education.assessment | Evaluering og prøver | Assessment and exams | Karaktergivning;Evaluering | Grading
# management
management.team-leadership | Personaleledelse | Team leadership | Teamleder;Ledelse af medarbejdere | People management
management.project-management | Projektledelse | Project management | Projektstyring;Projektleder | Project coordination
management.shift-planning | Vagtplanlægning | Shift planning | Vagtplan;Rulleplan | Rota planning;Scheduling
management.budget-responsibility | Budgetansvar | Budget responsibility | Økonomistyring;Driftsøkonomi | Financial management
management.strategy | Strategi og forretningsudvikling | Strategy and business development | Forretningsudvikling;Strategisk planlægning | Business development
management.change-management | Forandringsledelse | Change management | Forandringsprocesser | Leading change
management.quality-management | Kvalitetsledelse | Quality management | ISO 9001;Kvalitetssystem | QMS
management.recruitment | Rekruttering | Recruitment | Ansættelser;Jobsamtaler | Hiring
management.store-management | Butiksdrift | Store management | Butiksledelse;Butikschef | Retail management
management.restaurant-management | Restaurantdrift | Restaurant management | Køkkenchef;Restaurantledelse | Food service management
management.operations-management | Driftsledelse | Operations management | Driftsansvar;Produktionsledelse | Operations
management.agile | Agile metoder | Agile methods | Scrum;Kanban | Scrum
management.prince2 | PRINCE2-certificering | PRINCE2 certification | PRINCE2 | PRINCE2 project management
management.mus-talks | Medarbejderudviklingssamtaler | Staff appraisals | MUS;Udviklingssamtaler | Performance reviews
management.self-employment | Selvstændig virksomhed | Running a business | Iværksætteri;Egen virksomhed | Entrepreneurship
management.meeting-facilitation | Mødeledelse og facilitering | Meeting facilitation | Facilitering;Workshops | Facilitation
management.work-environment-rep | Arbejdsmiljørepræsentant | Health and safety representative | AMR;Arbejdsmiljøorganisation | Safety representative
management.union-rep | Tillidsrepræsentant | Union representative | TR;Tillidshverv | Shop steward
# sales
sales.field-sales | Opsøgende salg | Field sales | Udesalg;Salgsmøder | Outbound sales
sales.b2b-sales | Salg til erhvervskunder | B2B sales | Erhvervssalg;Key account | Business sales
sales.negotiation | Forhandling | Negotiation | Forhandle priser;Kontraktforhandling | Negotiating
sales.purchasing | Indkøb | Purchasing | Indkøber;Leverandørstyring | Procurement;Buying
sales.marketing | Markedsføring | Marketing | Marketing;Kampagner | Marketing campaigns
sales.digital-marketing | Digital markedsføring | Digital marketing | Google Ads;SEO | Online marketing;SEO
sales.market-analysis | Markedsanalyse | Market research | Kundeanalyse;Spørgeskemaer | Market analysis
sales.product-knowledge | Produktkendskab | Product knowledge | Varekendskab;Sortiment | Merchandise knowledge
sales.webshop | Webshopdrift | Webshop management | E-handel;Netbutik;Shopify | E-commerce
sales.car-sales | Bilsalg | Car sales | Salg af biler;Bilforhandler | Vehicle sales
sales.real-estate | Ejendomsformidling | Real estate brokerage | Boligsalg;Fremvisning af boliger | Property sales
sales.insurance-sales | Forsikringssalg | Insurance sales | Forsikringsrådgivning | Selling insurance
sales.fashion-advice | Modevejledning | Fashion advice | Tøjbutik;Stilrådgivning | Fashion retail
sales.market-stall | Torvehandel og markedsstade | Market stall trading | Torvesalg;Stadeholder | Street vending
sales.events-fairs | Messer og events | Trade fairs and events | Messe;Stand | Exhibitions
sales.tender | Udbud og tilbud | Tenders and quotations | Tilbudsgivning;Licitation | Bidding
sales.brand | Brand og kommunikationsstrategi | Brand management | Branding | Branding
# languages
languages.danish-test-2 | Prøve i Dansk 2 | Danish language test 2 (PD2) | PD2;Danskuddannelse 2 | Danish exam level 2
languages.danish-test-3 | Prøve i Dansk 3 | Danish language test 3 (PD3) | PD3;Danskuddannelse 3 | Danish exam level 3
languages.studieproeven | Studieprøven i dansk | Danish university entrance language test | Studieprøven | Danish test for higher education
languages.swedish | Svensk | Swedish | Svensk sprog | Swedish language
languages.norwegian | Norsk | Norwegian | Norsk sprog | Norwegian language
languages.french | Fransk | French | Fransk sprog | French language
languages.spanish | Spansk | Spanish | Spansk sprog | Spanish language
languages.polish | Polsk | Polish | Polsk sprog | Polish language
languages.romanian | Rumænsk | Romanian | Rumænsk sprog | Romanian language
languages.arabic | Arabisk | Arabic | Arabisk sprog | Arabic language
languages.turkish | Tyrkisk | Turkish | Tyrkisk sprog | Turkish language
languages.ukrainian | Ukrainsk | Ukrainian | Ukrainsk sprog | Ukrainian language
languages.russian | Russisk | Russian | Russisk sprog | Russian language
languages.somali | Somalisk | Somali | Somalisk sprog | Somali language
languages.farsi | Farsi og dari | Persian | Persisk;Dari | Farsi;Dari
languages.tigrinya | Tigrinya | Tigrinya | Tigrinya-sprog | Tigrinya language
languages.urdu | Urdu | Urdu | Urdu-sprog | Urdu language
languages.kurdish | Kurdisk | Kurdish | Kurdisk sprog | Kurdish language
languages.sign-language | Tegnsprog | Sign language | Dansk tegnsprog | Danish Sign Language
languages.interpreting | Tolkning | Interpreting | Tolk;Mundtlig tolkning | Interpretation
languages.translation | Oversættelse | Translation | Oversætter;Skriftlig oversættelse | Translating
languages.plain-language | Klart sprog og formidling | Plain language writing | Formidling;Let læst | Plain English
# licences
licences.moped | Knallertkørekort | Moped licence (AM) | Knallertbevis;Kørekort AM;Lille knallert | AM licence;Moped certificate
licences.motorcycle | Kørekort A (motorcykel) | Motorcycle licence (A) | Motorcykelkørekort;Kørekort A | A licence;Motorbike licence
licences.be | Kørekort BE (bil med trailer) | Car and trailer licence (BE) | Trailerkørekort;Kørekort BE;Stort trailerkort | BE licence;Trailer licence
licences.c1 | Kørekort C1 (lille lastbil) | Medium truck licence (C1) | Kørekort C1;Lille lastbil | C1 licence
licences.c | Kørekort C (lastbil) | Truck licence (C) | Lastbilkørekort;Stort kørekort;Kørekort C | C licence;HGV licence;Lorry licence
licences.ce | Kørekort CE (lastvogntog) | Articulated lorry licence (CE) | Kørekort CE;Lastvogntog;Sættevogn | CE licence;Tractor-trailer licence
licences.d | Kørekort D (bus) | Bus licence (D) | Buskørekort;Kørekort D | D licence;PCV licence
licences.d1 | Kørekort D1 (minibus) | Minibus licence (D1) | Kørekort D1;Minibus | D1 licence
licences.taxi-licence | Erhvervskørekort | Professional driving permit (taxi) | Taxikørekort;Kørekort til erhvervsmæssig personbefordring | Taxi licence
licences.eu-driver-qualification | Chaufføruddannelsesbevis (kvalifikationsbevis) | Driver qualification card (CPC) | Kvalifikationsbevis;Efteruddannelse for chauffører;EU-efteruddannelse | Driver CPC;Certificate of professional competence
licences.tachograph | Fartskriver og køre-hviletid | Tachograph and driving hours | Fartskriver;Køre- og hviletidsregler;Førerkort | Driver card;Tachograph
licences.adr-basic | ADR-bevis (farligt gods) | ADR certificate (dangerous goods) | ADR;Farligt gods;ADR-kursus | ADR licence;Dangerous goods driver
licences.adr-tank | ADR-tankbevis | ADR tank certificate | ADR tank;Tankvognskursus | ADR tanker
licences.tractor-licence | Traktorkørekort | Tractor licence | Traktorkort;Kørekort T/M | Tractor driving licence
licences.boat-licence | Speedbådskørekort og duelighedsbevis | Boat licence | Duelighedsbevis;Speedbådscertifikat | Boating certificate
licences.drone | Dronebevis | Drone pilot certificate | Dronecertifikat;Dronekørekort | Drone licence
licences.forklift-a | Truckcertifikat A (palleløfter og stabler) | Forklift certificate A | Truckcertifikat A;Stablercertifikat;Kort truckcertifikat | Forklift licence A;Stacker certificate
licences.forklift-b | Truckcertifikat B (gaffeltruck) | Forklift certificate B | Truckcertifikat B;Stort truckcertifikat;Gaffeltruckcertifikat | Forklift licence B;Counterbalance forklift licence
licences.telehandler | Teleskoplæsser-certifikat | Telehandler certificate | Teleskoplæsser;Manitou | Telehandler licence
licences.crane-b | Kranførercertifikat B | Crane operator certificate B | Kranbevis B;Kranførerbevis;Mobilkran | Crane licence
licences.crane-lorry | Lastbilmonteret kran (kranbevis) | Lorry loader crane certificate | Kranbevis;Lastbilkran;Hiab | Loader crane licence;Hiab certificate
licences.crane-tower | Tårnkrancertifikat | Tower crane certificate | Tårnkran;Byggekran | Tower crane licence
licences.aerial-lift | Personløftercertifikat (lift) | Aerial work platform certificate | Liftkursus;Personløfter;Lift;Mobile personløftere | MEWP licence;Cherry picker licence;Lift certificate
licences.loader | Gummiged og minigraver (kursus) | Wheel loader and mini excavator certificate | Gummiged;Minigraver;Gravemaskinekursus | Excavator licence
licences.welding-certificate | Svejsecertifikat | Welding certificate | Svejsecertifikat EN ISO 9606;Certificeret svejser | Welder qualification;Welding licence
licences.asbestos | Asbestkursus | Asbestos removal course | Asbestcertifikat;Asbestsanering | Asbestos certificate
licences.pcb | PCB-kursus | PCB removal course | PCB-sanering | PCB remediation
licences.lead-paint | Arbejde med bly og skimmelsvamp | Lead and mould remediation | Skimmelsvampsanering;Blyholdig maling | Mould removal
licences.epoxy | Epoxy- og isocyanatkursus | Epoxy and isocyanate course | Epoxybevis;Epoxykursus | Epoxy certificate
licences.hot-work | Varmt arbejde (brandforebyggelse) | Hot work certificate | Varmt arbejde-kursus;Brandfarligt arbejde | Hot work permit
licences.safety-course | Kursus i arbejdsmiljø og sikkerhed (AMU) | AMU: Occupational health and safety course | AMU: Arbejdsmiljø og sikkerhed;Sikkerhedskursus;Arbejdsmiljøuddannelse | Health and safety course;Safety training
licences.aus | Arbejde under spænding (AUS) | Live working certificate | AUS-kursus | Live-line working
licences.electrical-safety | El-sikkerhed for instruerede personer | Electrical safety for instructed persons | BEK 1101;Elsikkerhedskursus | Electrical safety course
licences.chemicals-course | Kemikaliekursus | Chemical handling course | Arbejde med kemikalier | Chemical safety course
licences.spraying-certificate | Sprøjtecertifikat | Pesticide application certificate | Sprøjtebevis;Sprøjteførercertifikat | Spraying licence
licences.pest-control | Autorisation til bekæmpelse af rotter | Rodent control authorisation | Rottebekæmpelse;Rottebevis | Pest control licence
licences.hygiene-certificate | Hygiejnebevis | Food hygiene certificate | Hygiejnekursus;Fødevarehygiejnebevis;AMU: Hygiejne | Hygiene certificate;Food handler certificate
licences.alcohol-licence | Bevillingskursus (alkohol) | Alcohol licensing course | Alkoholbevilling;Serveringsbevis | Licensing course
licences.first-aid-12 | Førstehjælpsbevis (12 timer) | First aid certificate | Førstehjælpskursus 12 timer;Dansk Førstehjælpsråd | First aid course
licences.first-aid-children | Førstehjælp til børn | Paediatric first aid | Børneførstehjælp | Child first aid
licences.defibrillator | Hjertestarter og genoplivning | CPR and defibrillator training | Hjertestarter;HLR;AED | CPR;Defibrillator
licences.fire-course | Brandbekæmpelseskursus | Fire fighting course | Brandkursus;Elementær brandbekæmpelse | Fire safety training
licences.security-guard-course | Vagtuddannelse (grundkursus for vagter) | Security guard training | Vagtkursus;Vagtbevis;Grunduddannelse for vagter | Security licence
licences.doorman-course | Dørmandsbevis | Door supervisor certificate | Dørmandskursus;Dørmand | Door supervisor licence
licences.patient-transfer-course | AMU: Personløft og forflytning | AMU: Patient lifting and transfer course | Forflytningskursus;Personløft;Forflytning og lift | Manual handling of people course
licences.medicine-course | Medicinkursus (delegeret medicinopgave) | Medication handling course | Medicinhåndteringskursus;Delegering af medicin | Medication training
licences.food-allergen-course | Allergenkursus | Food allergen training | Allergener i fødevarer | Allergen awareness
licences.crane-slinger | Anhugger og signalgiver | Slinger and signaller | Anhugning;Signalgivning;AMU: Anhugning | Slinger signaller;Rigging
licences.scaffold-course | Stilladskursus (AMU) | Scaffolding course | Stilladsbevis;AMU stillads | Scaffold certificate
licences.fall-protection | Faldsikring | Fall protection | Arbejde i højden;Faldsele | Working at height
licences.confined-space | Arbejde i lukkede rum | Confined space work | Lukkede rum;Tankrengøring | Confined space entry
licences.road-work-safety | Vejarbejde og afmærkning | Road works safety | Afmærkning af vejarbejde;Vejarbejde 1 og 2 | Traffic management
licences.ecdl | IT-kørekort (ECDL/ICDL) | IT driving licence (ECDL/ICDL) | ECDL;ICDL;IT-kørekortet | ECDL;ICDL;European Computer Driving Licence
licences.gdpr-course | GDPR-kursus | GDPR training | Persondataforordningen;Databeskyttelse | Data protection training
licences.insta-800 | Rengøringsstandard INSTA 800 | INSTA 800 cleaning standard | INSTA 800;Kvalitetsmåling af rengøring | INSTA 800 certification
licences.haccp | HACCP-certificering | HACCP certification | HACCP-kursus;HACCP-plan | HACCP
licences.cleaning-amu | AMU: Rengøringsteknik | AMU: Cleaning techniques course | Rengøringskursus;Erhvervsrengøring AMU | Cleaning course
licences.warehouse-amu | AMU: Lager og logistik | AMU: Warehouse and logistics course | Lagerkursus;Lageruddannelse | Warehouse course
licences.refrigerant | Kølecertifikat | Refrigeration certificate | Kølemontørcertifikat;F-gas | F-gas certificate
licences.gas-authorisation | Gasautorisation | Gas installer authorisation | Autoriseret gasinstallatør | Gas safe registration
licences.electrical-authorisation | Elautorisation | Electrical installer authorisation | Autoriseret elinstallatør | Electrical licence
licences.plumbing-authorisation | Kloakautorisation og VVS-autorisation | Drainage and plumbing authorisation | Autoriseret kloakmester;VVS-autorisation | Drainage licence
licences.taxi-permit | Taxitilladelse | Taxi operator licence | Taxibevilling | Taxi permit
licences.passenger-transport-course | Kursus i handicapkørsel | Accessible transport course | Flexkørsel-kursus;Handicapkørselskursus | Disabled passenger transport training
licences.police-record | Ren børneattest og straffeattest | Clean criminal record certificate | Børneattest;Straffeattest | Criminal record check
licences.lifeguard | Livredderprøve | Lifeguard certificate | Livredderbevis;Svømmehalsprøve | Lifeguard qualification;Pool lifeguard
"""

TABLE += """
# plumbing
plumbing.pipe-fitting | Rørlægning | Pipe fitting | Rørarbejde;Montering af rør;Rørsamling | Pipefitting;Pipe installation
plumbing.sanitary-installation | Montering af sanitet | Sanitary installation | Toilet og håndvask;Sanitetsmontage | Bathroom fitting
plumbing.heating-installation | Varmeinstallation | Heating installation | Radiatorer;Gulvvarme;Fjernvarme | Central heating installation
plumbing.water-installation | Vandinstallation | Water supply installation | Brugsvand;Vandrør | Water pipes
plumbing.drainage | Afløb og kloak | Drainage | Kloakrør;Afløbsinstallation;Afløbsrens | Drain installation
plumbing.pipe-welding | Rørsvejsning | Pipe welding | Svejsning af rør | Tube welding
plumbing.press-fittings | Pressfittings og lodning | Press fittings and soldering | Lodning af kobberrør;Presværktøj | Soldering pipes
plumbing.heat-pumps | Varmepumper | Heat pumps | Luft-til-vand;Jordvarme | Heat pump installation
plumbing.boiler-service | Service på fyr og kedler | Boiler service | Oliefyr;Gasfyr;Fyrservice | Boiler maintenance
plumbing.ventilation | Ventilation | Ventilation | Ventilationsmontage;Ventilationsanlæg | HVAC;Ventilation installation
plumbing.sheet-metal | Blikkenslagerarbejde | Sheet metal roofing | Tagrender;Zinkarbejde;Inddækning | Guttering;Flashing
plumbing.pipe-insulation | Rørisolering | Pipe insulation | Teknisk isolering | Lagging
plumbing.leak-repair | Udbedring af utætheder | Leak repair | Utætte rør;Dryppende haner | Fixing leaks
plumbing.bathroom-renovation | Badeværelsesrenovering | Bathroom renovation | Nyt badeværelse;Vådrum | Wet room installation
plumbing.technical-drawings | Læsning af VVS-tegninger | Reading plumbing drawings | VVS-tegninger;Diagrammer | Plumbing schematics
plumbing.sewer-inspection | TV-inspektion af kloak | Sewer inspection | Kloakinspektion;Spuling | CCTV drain survey
plumbing.commissioning | Indregulering af anlæg | System commissioning | Indregulering;Trykprøvning | Balancing and testing
plumbing.cooling | Køleanlæg | Refrigeration systems | Køl og frys;Kølemontage | Refrigeration installation
# electrical
electrical.installation | Elinstallation | Electrical installation | Installationsarbejde;Stikkontakter og afbrydere | Wiring
electrical.cable-pulling | Kabeltrækning | Cable pulling | Trække kabler;Kabelføring | Cable laying
electrical.switchboards | Tavlearbejde | Switchboard assembly | El-tavler;Tavlebygning | Panel building
electrical.troubleshooting | Fejlfinding på el | Electrical troubleshooting | Fejlsøgning;Måling af el | Fault finding
electrical.automation | Automation og PLC | Automation and PLC | PLC-programmering;Styringer | PLC programming;Industrial automation
electrical.electronics-assembly | Elektronikmontage | Electronics assembly | Printmontage;Komponentmontering | PCB assembly
electrical.soldering | Lodning af elektronik | Electronics soldering | Lodde;Loddekolbe | Soldering
electrical.solar | Solceller | Solar panel installation | Solcelleanlæg;Solenergi | Photovoltaics
electrical.ev-chargers | Ladestandere | EV charger installation | Elbilladere | EV charging
electrical.smart-home | Intelligente installationer | Smart home installation | KNX;IHC;Smart home | Home automation
electrical.data-network-cabling | Datakabling og netværk | Data cabling | Netværkskabler;Fiber | Network cabling
electrical.security-systems | Alarm- og adgangssystemer | Alarm and access systems | Tyverialarm;ABA-anlæg;AIA | Alarm installation
electrical.lighting | Belysningsanlæg | Lighting installation | Lys;LED-belysning | Lighting systems
electrical.appliance-repair | Reparation af hvidevarer | Appliance repair | Hvidevarer;Vaskemaskinereparation | White goods repair
electrical.electrical-testing | Eftersyn og målinger | Electrical inspection and testing | Isolationsmåling;Verifikation | Electrical testing
electrical.cable-drawings | Læsning af el-diagrammer | Reading wiring diagrams | Diagrammer;Skemaer | Schematics
electrical.av-installation | AV-installation | AV installation | Lyd og billede;Storskærme | Audio-visual installation
electrical.lift-maintenance | Service på elevatorer | Lift maintenance | Elevator;Elevatorservice | Elevator maintenance
electrical.high-voltage | Højspænding og forsyningsnet | High voltage | Forsyningsnet;Elnet | Power grid work
electrical.wind-turbines | Service på vindmøller | Wind turbine service | Vindmølle;Vindenergi | Wind turbine maintenance
# metal
metal.mig-mag | MIG/MAG-svejsning | MIG/MAG welding | MAG-svejsning;CO2-svejsning | MIG welding;MAG welding
metal.tig | TIG-svejsning | TIG welding | TIG;Argonsvejsning | GTAW
metal.electrode-welding | Elektrodesvejsning | Stick welding | Elektrode;MMA | MMA welding
metal.cutting | Skæring og brænding | Metal cutting | Plasmaskæring;Skærebrænder | Plasma cutting
metal.bending | Bukning og kantbukning | Press brake operation | Kantpresser;Bukning | Sheet metal bending
metal.turning | Drejning | Turning | Drejebænk;Drejer | Lathe work
metal.milling | Fræsning | Milling | Fræser;Fræsemaskine | Milling machine
metal.grinding | Slibning | Grinding | Slibemaskine;Vinkelsliber | Metal grinding
metal.drilling | Boring og gevindskæring | Drilling and tapping | Gevind;Søjleboremaskine | Thread cutting
metal.cam-programming | CNC-programmering og CAM | CNC programming | CAM;NC-programmering | CAM programming
metal.measuring-tools | Måleværktøjer (skydelære og mikrometer) | Precision measuring | Skydelære;Mikrometer | Calipers
metal.technical-drawing-metal | Læsning af arbejdstegninger | Reading technical drawings | Arbejdstegninger;Tegningslæsning | Blueprint reading
metal.steel-construction | Stålmontage | Steel erection | Stålkonstruktioner;Montage af stål | Structural steel
metal.sheet-metal-work | Pladebearbejdning | Sheet metal work | Tyndplade;Klipning af plader | Sheet metal fabrication
metal.machine-maintenance | Vedligehold af maskiner | Machine maintenance | Maskinreparation;Forebyggende vedligehold | Maintenance mechanics
metal.hydraulics | Hydraulik og pneumatik | Hydraulics and pneumatics | Hydraulik;Trykluft | Fluid power
metal.surface-treatment | Overfladebehandling | Surface treatment | Sandblæsning;Pulverlakering;Galvanisering | Powder coating;Sandblasting
metal.industrial-painting | Industrilakering | Industrial painting | Sprøjtelakering;Lakering | Spray painting
metal.foundry | Støberi | Foundry work | Støbning af metal;Formning | Metal casting
metal.blacksmithing | Smedning | Forging | Esse;Kunstsmed | Blacksmithing
metal.pipe-bending | Rørbukning | Pipe bending | Bukning af rør | Tube bending
metal.robot-welding | Robotsvejsning | Robot welding | Svejserobot | Robotic welding
metal.locksmithing | Låse og beslag | Locksmithing | Låsesmed;Låsesystemer | Locks
metal.tool-making | Værktøjsmageri | Toolmaking | Værktøjsmager;Stansværktøj | Tool and die making
# beauty
beauty.haircut | Klipning | Hair cutting | Herreklip;Dameklip | Haircutting
beauty.hair-colouring | Hårfarvning | Hair colouring | Farvning;Striber | Hair dyeing
beauty.hair-styling | Hårstyling og opsætning | Hair styling | Opsætning;Føn | Hairdressing
beauty.barbering | Barbering og skægpleje | Barbering | Skægtrimning;Barber | Beard trimming
beauty.facial | Ansigtsbehandling | Facial treatment | Rensning af hud;Hudpleje | Skin care
beauty.makeup | Makeup | Make-up | Sminkning;Bryllupsmakeup | Makeup artistry
beauty.nails | Negle og manicure | Manicure | Negledesign;Gelélak;Pedicure | Nail care;Pedicure
beauty.lashes-brows | Vipper og bryn | Lash and brow treatments | Vippeextensions;Brynsfarvning | Eyelash extensions
beauty.waxing | Voksbehandling | Waxing | Hårfjerning;Voks | Hair removal
beauty.spa | Spa og wellness | Spa treatments | Wellness;Spa | Wellness
beauty.salon-booking | Salondrift og tidsbestilling | Salon booking | Salonbooking;Salonkasse | Salon reception
beauty.product-sales | Salg af plejeprodukter | Beauty product sales | Produktsalg i salon | Retail in salon
beauty.cosmetics-knowledge | Kendskab til kosmetik | Cosmetics knowledge | Kosmetik;Parfume | Cosmetic products
beauty.tattoo | Tatovering | Tattooing | Tatovør;Piercing | Piercing
beauty.wig | Parykker og hårerstatning | Wigs and hairpieces | Paryk | Wig making
beauty.funeral-care | Ligsyn og klargøring af afdøde | Care of the deceased | Klargøring af afdøde;Bisættelse | Mortuary care
beauty.tanning | Solcenter og spraytan | Tanning salon | Solarium;Spraytan | Sunbed
beauty.clothing-care | Stil- og farverådgivning | Colour and style consulting | Farveanalyse | Image consulting
# engineering
engineering.cad | CAD-tegning | CAD drawing | AutoCAD;Inventor;SolidWorks | Computer-aided design
engineering.bim | BIM og 3D-modellering | BIM modelling | Revit;3D-model | Building information modelling
engineering.construction-management | Byggeledelse | Construction management | Byggeleder;Tilsyn på byggepladser | Site management
engineering.surveying | Landmåling | Land surveying | Opmåling med GPS;Totalstation | Surveying
engineering.structural | Statik og konstruktion | Structural engineering | Statiske beregninger;Bærende konstruktioner | Structural design
engineering.energy | Energirådgivning | Energy consulting | Energimærkning;Energioptimering | Energy efficiency
engineering.product-development | Produktudvikling | Product development | Prototyper;Konstruktion | Product design
engineering.process-optimisation | Procesoptimering | Process optimisation | Effektivisering;Lean-konsulent | Process improvement
engineering.maintenance-planning | Vedligeholdelsesplanlægning | Maintenance planning | Serviceplaner;Drift og vedligehold | Maintenance scheduling
engineering.environmental | Miljøteknik og miljøgodkendelser | Environmental engineering | Miljøsager;Miljøkonsulent | Environmental management
engineering.architecture | Arkitektur og bygningsdesign | Architectural design | Arkitekttegning;Skitseprojekt | Architecture
engineering.interior-design | Indretning | Interior design | Boligindretning;Rumindretning | Interior decorating
engineering.industrial-design | Industriel design | Industrial design | Formgivning;Designprocess | Product styling
engineering.landscape-design | Landskabsdesign | Landscape design | Haveplanlægning;Landskabsarkitektur | Garden design
engineering.gis | GIS og kort | GIS | Geografiske informationssystemer;Kortlægning | Mapping
engineering.building-inspection | Bygningssyn og tilstandsrapporter | Building inspection | Tilstandsrapport;Byggeskadesyn | Property survey
engineering.fire-engineering | Brandteknisk rådgivning | Fire engineering | Brandstrategi | Fire safety design
engineering.electronics-design | Elektronikudvikling | Electronics design | Hardwareudvikling;Printudlæg | PCB design
engineering.tendering-documents | Udbudsmateriale og beskrivelser | Tender documents | Arbejdsbeskrivelser;Udbudsprojekt | Specifications
engineering.fashion-design | Modedesign og mønsterkonstruktion | Fashion design | Mønsterkonstruktion;Tøjdesign | Pattern making
# public-admin
public-admin.casework-law | Sagsbehandling efter forvaltningsloven | Administrative casework | Forvaltningsret;Afgørelser | Public casework
public-admin.citizen-service | Borgerbetjening | Citizen service | Borgerservice;Pas og kørekort | Public service desk
public-admin.legal-advice | Juridisk rådgivning | Legal advice | Jura;Juridisk vurdering | Legal counsel
public-admin.contracts | Kontrakter og aftaler | Contract drafting | Kontraktudarbejdelse;Aftaler | Contract law
public-admin.court-admin | Retsadministration | Court administration | Domstol;Retsbøger | Court clerical work
public-admin.policy-analysis | Analyse og udredning | Policy analysis | Analyse;Notater | Policy advice
public-admin.political-secretariat | Politisk betjening | Political secretariat | Udvalgsbetjening;Dagsordener | Committee support
public-admin.records-management | Journalisering og ESDH | Records management | ESDH;Sbsys;Workzone | Document management
public-admin.public-procurement | Offentlige udbud | Public procurement | Udbudsret;Indkøbsaftaler | Public tendering
public-admin.tax | Skat og moms | Tax and VAT | Moms;Selvangivelse;Årsopgørelse | Taxation
public-admin.housing-admin | Boligadministration | Housing administration | Udlejning;Lejekontrakter | Property management
public-admin.insurance-claims | Skadebehandling | Insurance claims handling | Forsikringssager;Skadesager | Claims handling
public-admin.debt-collection | Inkasso | Debt collection | Inddrivelse;Inkassosager | Collections
public-admin.police-work | Politiarbejde | Police work | Efterforskning;Patruljering | Policing
public-admin.compliance | Compliance og hvidvask | Compliance | Hvidvask;KYC | Anti-money laundering
public-admin.gdpr-practice | Databeskyttelse (GDPR) i praksis | Data protection practice | Persondata;Databeskyttelsesrådgiver | GDPR compliance
public-admin.elections | Valgafvikling | Election administration | Valgsekretær;Valgtilforordnet | Polling station work
public-admin.funeral-admin | Begravelsesadministration | Funeral administration | Bedemand;Begravelse | Funeral arrangements
# laboratory
laboratory.lab-analysis | Laboratorieanalyser | Laboratory analysis | Analysearbejde;Prøveanalyse | Lab testing
laboratory.sample-prep | Prøveforberedelse | Sample preparation | Prøver;Udtagning af prøver | Sampling
laboratory.microbiology | Mikrobiologi | Microbiology | Dyrkning af bakterier;Mikrobiologisk analyse | Microbiological testing
laboratory.chemistry | Kemiske analyser | Chemical analysis | Kemi;Titrering | Analytical chemistry
laboratory.gmp | GMP og GDP | Good manufacturing practice (GMP) | GMP;Good Manufacturing Practice | GMP
laboratory.cleanroom | Arbejde i renrum | Cleanroom work | Renrum;Aseptisk arbejde | Aseptic work
laboratory.lab-equipment | Laboratorieudstyr | Laboratory equipment | Pipettering;Centrifuge | Lab instruments
laboratory.lab-documentation | Laboratoriedokumentation | Laboratory documentation | LIMS;Analyseprotokol | LIMS
laboratory.animal-lab | Forsøgsdyr | Laboratory animal care | Forsøgsdyrpasning;Dyrestald | Lab animal husbandry
laboratory.biotech | Bioteknologi | Biotechnology | Fermentering;Cellekultur | Biotech
laboratory.pharma-production | Medicinalproduktion | Pharmaceutical production | Pharma;Tabletproduktion | Pharmaceutical manufacturing
laboratory.environmental-sampling | Miljøprøver | Environmental sampling | Vandprøver;Jordprøver | Water testing
laboratory.data-analysis | Dataanalyse og statistik | Data analysis and statistics | Statistik;Analyse af data | Statistics
laboratory.research | Forskning | Research | Forskningsprojekter;Videnskabeligt arbejde | Scientific research
laboratory.food-analysis | Fødevareanalyse | Food analysis | Fødevarekontrol;Kvalitetsprøver | Food testing
"""
