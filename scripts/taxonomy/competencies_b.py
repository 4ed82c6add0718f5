"""New competencies in the groups that existed before the extension.

Line format as in competencies_a.py.
"""

TABLE = """
# general
general.manual-work | Manuelt arbejde | Manual work | Fysisk arbejde;Praktisk arbejde;Håndarbejde | Physical work;Hands-on work
general.routine-tasks | Faste rutineopgaver | Routine tasks | Rutiner;Ensartede opgaver | Repetitive work
general.structure | Struktur og orden | Organisation and structure | Ordenssans;Systematik | Being organised
general.responsibility | Ansvarlighed | Responsibility | Ansvarsfølelse;Pålidelighed | Reliability
general.motivation | Engagement og arbejdsglæde | Motivation | Motivation;Engagement | Engagement
general.learning | Lære nyt | Willingness to learn | Lærevillighed;Nysgerrighed | Eagerness to learn
general.stress-tolerance | Arbejde i travlhed | Working under pressure | Travlhed;Højt tempo | Stress tolerance
general.shift-work | Skifteholdsarbejde | Shift work | Aftenvagt;Nattevagt;Skiftehold | Night shifts
general.outdoor-work | Udendørs arbejde | Outdoor work | Arbejde i al slags vejr | Working outdoors
general.physical-stamina | Fysisk udholdenhed | Physical stamina | Stående arbejde;Gående arbejde | Standing work
general.cooperation-colleagues | Hjælpe kolleger | Helping colleagues | Hjælpsomhed;Kollegialitet | Helpfulness
general.digital-selfservice | MitID og digital selvbetjening | Digital self-service | MitID;Borger.dk;NemID | Digital ID
general.video-meetings | Videomøder | Video meetings | Teams;Zoom | Online meetings
general.written-english | Skriftlig engelsk | Written English | Engelsk skriftligt | English writing
general.driving-licence-own-car | Egen bil | Own car | Råder over bil;Bil til rådighed | Access to a car
general.creative | Kreativitet | Creativity | Kreative løsninger;Idérigdom | Creative thinking
general.empathy | Empati | Empathy | Indlevelse;Omsorgsfuldhed | Compassion
general.patience | Tålmodighed | Patience | Rolig fremtoning | Calmness
general.math-basic | Regning og talforståelse | Numeracy | Regning;Talforståelse | Basic maths
general.reading | Læsefærdighed | Literacy | Læsning;Læse instruktioner | Reading
general.confidentiality | Tavshedspligt og diskretion | Confidentiality | Diskretion;Tavshedspligt | Discretion
general.presentation | Præsentation og mundtlig formidling | Presentation skills | Fremlæggelse;Holde oplæg | Public speaking
general.precision | Præcision og finmotorik | Fine motor skills | Finmotorik;Præcisionsarbejde | Precision
general.cultural-understanding | Kulturforståelse | Cultural awareness | Interkulturel forståelse | Intercultural skills
# retail
retail.sales-technique | Salgsteknik i butik | Retail selling | Mersalg i butik;Salgsteknik | Upselling
retail.clothing-store | Tøj og sko | Clothing and footwear retail | Tøjbutik;Skobutik | Fashion store
retail.electronics-store | Elektronik og hvidevarer | Electronics retail | Elektronikbutik | Consumer electronics
retail.diy-store | Byggemarked | DIY store work | Byggemarked;Trælast | Hardware store
retail.kiosk | Kiosk og tankstation | Kiosk and petrol station | Kiosk;Servicestation | Convenience store
retail.butcher-counter | Slagterafdeling | Butcher counter | Kødafdeling;Kødafskæring i butik | Meat counter
retail.fish-counter | Fiskedisk | Fish counter | Fiskehandler;Fiskeafdeling | Fishmonger counter
retail.florist-sales | Blomsterbinding og salg | Floristry | Blomsterdekoration;Buketter | Flower arranging
retail.pharmacy-shop | Helse og materialister | Health shop retail | Helsekost;Materialist | Drugstore
retail.self-checkout | Selvbetjeningskasser | Self-checkout supervision | Selvscanning;Scan og betal | Self-service tills
retail.cash-settlement | Kasseopgørelse | Cash reconciliation | Kasseafstemning;Dagsopgørelse | Till balancing
retail.planogram | Planogrammer | Planograms | Hyldeplan;Space management | Shelf plans
retail.bookshop | Bøger og papir | Bookshop retail | Boghandel;Papirhandel | Stationery retail
retail.jewellery | Ure og smykker | Jewellery retail | Guldsmed;Urmager | Watch retail
retail.furniture-store | Møbler og boligtilbehør | Furniture retail | Møbelbutik;Boligbutik | Home furnishings
retail.online-customer | Kundeservice i webshop | Webshop customer service | Nethandel;Onlinekunder | E-commerce support
# cleaning
cleaning.insta-quality | Kvalitetskontrol af rengøring | Cleaning quality control | Kvalitetsmåling;Rengøringskontrol | Cleaning inspection
cleaning.carpet-cleaning | Tæpperens | Carpet cleaning | Tæpperensning;Ekstraktionsrens | Upholstery cleaning
cleaning.high-pressure | Højtryksrensning | Pressure washing | Højtryksrenser;Spuling | Power washing
cleaning.facade-cleaning | Facaderens | Facade cleaning | Rensning af facader;Graffitifjernelse | Graffiti removal
cleaning.vehicle-interior | Rengøring af busser og tog | Vehicle interior cleaning | Togrengøring;Busrengøring | Train cleaning
cleaning.ship-cleaning | Skibsrengøring | Ship cleaning | Rengøring om bord;Færgerengøring | Vessel cleaning
cleaning.after-death-cleaning | Dødsbo- og specialrengøring | Specialist cleaning | Dødsbo;Saneringsrengøring | Crime scene cleaning
cleaning.microfibre | Mikrofiberrengøring | Microfibre cleaning | Mikrofiberklude;Fugtig rengøring | Damp cleaning
cleaning.ergonomic-cleaning | Ergonomisk rengøring | Ergonomic cleaning | Arbejdsstillinger;Ergonomi ved rengøring | Ergonomics in cleaning
cleaning.green-cleaning | Miljøvenlig rengøring | Eco-friendly cleaning | Svanemærket rengøring | Green cleaning
cleaning.pest-control | Skadedyrsbekæmpelse | Pest control | Rottebekæmpelse;Insektbekæmpelse | Vermin control;Rodent control
cleaning.chimney-sweeping | Skorstensfejning | Chimney sweeping | Fejning af skorsten;Brandsyn | Flue cleaning
cleaning.kitchen-hood-cleaning | Emhætte- og ventilationsrens | Kitchen extraction cleaning | Ventilationsrens | Duct cleaning
cleaning.private-homes | Rengøring i private hjem | Cleaning private homes | Privatrengøring;Husassistance | Home cleaning
# warehouse
warehouse.reach-truck | Skubmastertruck | Reach truck operation | Skubmaster;Højlager | Reach truck
warehouse.order-picker-truck | Plukketruck | Order picker truck | Plukketruck;Højtplukker | Order picker
warehouse.voice-picking | Voice picking | Voice picking | Stemmestyret plukning | Pick by voice
warehouse.cross-docking | Krydsterminal | Cross-docking | Omladning;Terminaldrift | Transshipment
warehouse.dispatch | Udlevering og afsendelse | Dispatch | Udlevering;Ekspedition af gods | Outbound
warehouse.customs | Told og eksportdokumenter | Customs documents | Toldbehandling;Eksport | Customs clearance
warehouse.dangerous-goods-storage | Opbevaring af farligt gods | Dangerous goods storage | Farlige stoffer på lager | Hazmat storage
warehouse.container | Containerlæsning | Container loading | Container;Stuvning | Container stuffing
warehouse.sap | SAP og ERP på lager | SAP and ERP in warehouse | SAP;ERP-system;Navision | ERP systems
warehouse.logistics-planning | Logistikplanlægning | Logistics planning | Disponering;Transportplanlægning | Logistics coordination
warehouse.spare-parts-store | Reservedelslager | Spare parts store | Lagerstyring af reservedele | Parts store
warehouse.inventory-accuracy | Lagerdifferencer og afstemning | Inventory reconciliation | Lagerdifferencer | Stock reconciliation
warehouse.pharmaceutical-logistics | Medicinlogistik | Pharmaceutical logistics | Medicinlager;GDP | Pharma distribution
warehouse.automatic-warehouse | Automatisk lager | Automated warehouse | Autostore;Robotlager | Warehouse automation
# kitchen
kitchen.hot-kitchen | Varm køkken | Hot kitchen | Stegning;Grill;Sauce | Line cooking
kitchen.cold-kitchen | Koldt køkken | Cold kitchen | Forretter;Koldt bord | Garde manger
kitchen.meat-fish-prep | Tilberedning af kød og fisk | Meat and fish preparation | Parering;Portionering af kød og fisk | Butchering
kitchen.bakery-kitchen | Bagning i køkken | Kitchen baking | Brødbagning i køkken;Desserter | Pastry kitchen
kitchen.menu-planning | Menuplanlægning | Menu planning | Menuplan;Madplan | Meal planning
kitchen.recipe-calculation | Opskrifter og kalkulation | Recipe costing | Råvareberegning;Kalkulation | Food costing
kitchen.bar | Bar og drinks | Bar service | Bartender;Cocktails;Fadøl | Bartending
kitchen.wine | Vin og servering af drikkevarer | Wine service | Vinkendskab;Sommelier | Sommelier skills
kitchen.catering | Catering og selskaber | Catering | Selskabsmad;Mad ud af huset | Event catering
kitchen.pizza | Pizzabagning | Pizza making | Pizza;Pizzaovn | Pizza chef
kitchen.food-waste | Madspild og restehåndtering | Food waste reduction | Madspild;Rester | Waste reduction
kitchen.cook-chill | Cook-chill og nedkøling | Cook-chill | Nedkøling;Vakuumering | Blast chilling
kitchen.kitchen-machines | Køkkenmaskiner | Kitchen machines | Røremaskine;Kombiovn;Pålægsmaskine | Kitchen equipment
kitchen.elderly-meals | Mad til ældre | Meals for older people | Madservice;Ældremad;Energitæt kost | Senior catering
kitchen.organic | Økologi i køkkenet | Organic cooking | Økologisk spisemærke | Organic food
kitchen.vegetarian | Vegetarisk og plantebaseret mad | Vegetarian cooking | Vegansk;Plantebaseret | Vegan cooking
kitchen.table-setting | Borddækning | Table setting | Dække bord;Servietfoldning | Laying tables
# care
care.elder-care | Ældrepleje | Elder care | Ældreomsorg;Pleje af ældre;Plejehjem | Care for elderly;Care of older people;Eldercare
care.social-health-care | Social- og sundhedsarbejde | Social and health care | SOSU-arbejde;SOSU;Social- og sundhedsfagligt arbejde | Social and healthcare work;Health and social care
care.home-care | Hjemmepleje | Home care | Pleje i eget hjem;Hjemmesygepleje | Home nursing
care.night-watch | Nattevagt i plejen | Night care | Nattevagt;Natpleje | Night watch
care.observation | Observation af sundhedstilstand | Observing health changes | Triage;Tidlig opsporing | Early detection
care.pressure-ulcers | Forebyggelse af tryksår | Pressure ulcer prevention | Tryksår;Lejring | Positioning
care.incontinence | Inkontinenshjælp | Incontinence care | Bleskift hos voksne;Inkontinenshjælpemidler | Continence care
care.catheter | Kateter og stomi | Catheter and stoma care | Stomi;Kateterpleje | Stoma care
care.insulin | Insulin og diabetes | Diabetes care | Blodsukkermåling;Insulingivning | Insulin administration
care.fall-prevention | Faldforebyggelse | Fall prevention | Fald;Faldrisiko | Preventing falls
care.person-centred | Personcentreret omsorg | Person-centred care | Relationsbaseret omsorg;Værdighed | Dignity in care
care.relatives | Samarbejde med pårørende | Working with relatives | Pårørende;Pårørendesamarbejde | Family liaison
care.care-plans | Handleplaner og døgnrytmeplaner | Care plans | Døgnrytmeplan;Plejeplan | Care planning
care.respite-care | Aflastning | Respite care | Aflastningsophold;Aflastningsfamilie | Short breaks
care.personal-assistance | Borgerstyret personlig assistance | Personal assistance | BPA;Handicaphjælper | Personal assistant for disabled people
care.wheelchair | Kørestolsbrugere | Wheelchair users | Kørestol;Handicaphjælpemidler | Wheelchair assistance
care.cognitive-impairment | Udviklingshæmning | Intellectual disabilities | Udviklingshæmmede;Kognitive handicap | Learning disabilities
care.brain-injury | Hjerneskade | Acquired brain injury | Erhvervet hjerneskade;Neurorehabilitering | Brain injury rehabilitation
care.shopping-errands | Indkøb og ærinder for borgere | Shopping and errands for clients | Indkøbshjælp;Ærinder | Errand running
# pedagogy
pedagogy.infant-care | Vuggestuearbejde | Infant care | Vuggestue;0-3-årige;Dagpleje | Toddler care
pedagogy.language-development | Sprogstimulering | Language development | Sprogarbejde;Sprogvurdering | Speech development
pedagogy.learning-plans | Pædagogiske læreplaner | Pedagogical curriculum | Læreplan;Dokumentation af læring | Early years curriculum
pedagogy.observation-children | Observation og dokumentation af børn | Child observation | TRAS;Børnesamtaler | Child assessment
pedagogy.motor-skills | Motorik og bevægelse | Motor skills activities | Motorik;Bevægelseslege | Movement activities
pedagogy.nature-pedagogy | Naturpædagogik | Nature pedagogy | Skovbørnehave;Naturbørnehave | Forest school
pedagogy.drama | Drama og teater med børn | Drama activities | Teater;Rollespil | Role play
pedagogy.digital-pedagogy | Digital dannelse | Digital literacy for children | Tablets i pædagogik;Digital pædagogik | Media education
pedagogy.pedagogical-planning | Pædagogisk planlægning | Pedagogical planning | Aktivitetsplan;Ugeplaner | Activity planning
pedagogy.behaviour-support | Støtte ved adfærdsvanskeligheder | Behaviour support | Udadreagerende børn;Low arousal | Challenging behaviour
pedagogy.social-education | Socialpædagogik | Social pedagogy | Socialpædagogisk arbejde | Social education work
pedagogy.child-development | Børns udvikling | Child development | Udviklingspsykologi | Developmental psychology
pedagogy.sleep-routines | Sovetid og hvil | Nap routines | Middagslur;Barnevogne | Sleep routines
pedagogy.child-safety | Sikkerhed og tilsyn med børn | Child safety | Legepladssikkerhed;Tilsyn med børn | Safeguarding children
# office
office.office-administration | Kontoradministration | Office administration | Administrativt arbejde;Administration;Kontorarbejde | Administrative work;Clerical work
office.case-handling | Sagsbehandling | Case handling | Sagsbehandler;Behandling af ansøgninger | Casework
office.document-production | Dokumentproduktion og skabeloner | Document production | Skabeloner;Breve og dokumenter | Document templates
office.calendar-management | Kalenderstyring for ledelse | Executive calendar management | Ledelsesbetjening;Direktionssekretær | Executive support
office.travel-booking | Rejsebestilling | Travel booking | Rejser;Hotelbooking | Travel arrangements
office.event-planning | Planlægning af arrangementer | Event planning | Arrangementer;Konferencer | Event coordination
office.typing | Maskinskrivning | Touch typing | Hurtig indtastning;Skrive på tastatur | Typing
office.dictation | Lægesekretærarbejde og diktat | Medical transcription | Diktat;Lægesekretær | Transcription
office.archive-systems | Elektronisk arkiv | Electronic archives | Digitalt arkiv;SharePoint | SharePoint
office.powerpoint | Præsentationsprogrammer | Presentation software | PowerPoint;Præsentationer | PowerPoint
office.google-workspace | Google Workspace | Google Workspace | Google Docs;Gmail | Google Docs
office.postal-logistics | Porto og forsendelser | Postage and shipping | Porto;Frankering | Franking
office.key-figures | Nøgletal og rapportering | Reporting | Rapporter;Opgørelser | Management reporting
office.quality-documentation | Kvalitetsdokumentation | Quality documentation | Procedurer;Instrukser | Procedure writing
office.contract-admin | Kontraktstyring | Contract administration | Kontrakter;Aftalestyring | Contract management
office.canteen-admin | Mødeforplejning | Meeting catering | Bestilling af forplejning;Mødeservice | Meeting refreshments
# caretaker
caretaker.technical-service | Teknisk service og drift | Technical service | Driftsteknik;Teknisk drift | Facility operations
caretaker.facility-management | Facility management | Facility management | Ejendomsdrift;Bygningsdrift | Building management
caretaker.cts | CTS og bygningsautomatik | Building management systems | CTS-anlæg;Bygningsautomatik | BMS
caretaker.water-meter | Målere og forbrugsaflæsning | Meter reading | Måleraflæsning;Forbrugsmålere | Utility metering
caretaker.tenant-contact | Beboerkontakt | Tenant liaison | Beboerservice;Lejere | Resident contact
caretaker.move-out-inspection | Fraflytningssyn | Move-out inspection | Indflytningssyn;Flyttesyn | Property inspection
caretaker.fire-equipment | Eftersyn af brandudstyr | Fire equipment checks | Brandslukkere;Flugtveje | Fire safety checks
caretaker.laundry-room | Fællesvaskeri og fællesarealer | Shared facilities upkeep | Fællesarealer;Vaskekælder | Common areas
caretaker.locks-doors | Døre, låse og dørpumper | Doors and locks | Dørpumper;Låse | Door maintenance
caretaker.painting-touchup | Pletmaling og småistandsættelse | Touch-up painting | Istandsættelse;Pletmaling | Decorating repairs
caretaker.ventilation-filters | Skift af filtre | Filter changes | Ventilationsfiltre | Air filter replacement
caretaker.swimming-pool-tech | Teknik i svømmehal | Pool plant operation | Vandbehandling;Klor | Pool plant
# green
green.tree-care | Træpleje | Tree care | Arborist;Træfældning | Tree surgery
green.chainsaw | Motorsav | Chainsaw operation | Motorsavskørekort;Motorsavscertifikat;Skovning | Chainsaw certificate
green.landscaping | Anlægsgartnerarbejde | Landscaping | Anlæg af haver;Belægning i haver | Landscape construction
green.garden-maintenance | Havepleje | Garden maintenance | Havearbejde;Haveservice | Gardening
green.forestry | Skovarbejde | Forestry work | Skovbrug;Udtynding | Forestry
green.nursery-production | Planteskoleproduktion | Nursery production | Oppotning;Planteskole | Plant propagation
green.vegetables | Grøntsagsdyrkning | Vegetable growing | Køkkenhave;Grøntsager | Market gardening
green.cut-flowers | Snitblomster | Cut flowers | Blomsterproduktion | Flower growing
green.irrigation-systems | Vandingsanlæg | Irrigation systems | Drypvanding | Irrigation installation
green.golf-course | Greenkeeping | Greenkeeping | Golfbane;Greenkeeper | Golf course maintenance
green.playground-build | Legepladser og byinventar | Playgrounds and street furniture | Byinventar;Bænke | Street furniture
green.nature-management | Naturpleje | Nature management | Naturgenopretning;Græsning | Habitat management
green.compact-tractor | Redskabsbærer og minilæsser | Compact tractor | Redskabsbærer;Minilæsser | Compact loader
green.soil-plants | Jord- og plantekendskab | Plant and soil knowledge | Plantekendskab;Jordbund | Horticultural knowledge
green.winter-service | Vintertjeneste | Winter road service | Saltspreder;Sneplov | Winter maintenance
# transport
transport.distribution | Distributionskørsel | Distribution driving | Distribution;Butikskørsel | Multi-drop delivery
transport.long-haul | Fjernkørsel | Long-haul driving | International kørsel;Langturskørsel | Long distance driving
transport.tipper | Tipvognskørsel | Tipper truck driving | Tipvogn;Grus og jord | Tipper driving
transport.tanker | Tankbilkørsel | Tanker driving | Tankvogn;Brændstoflevering | Fuel delivery
transport.refrigerated | Kølebilkørsel | Refrigerated transport | Kølevogn;Frostlevering | Chilled transport
transport.removals | Flytning | Removals | Flyttemand;Flyttearbejde | Moving house
transport.school-transport | Skolekørsel | School transport | Skolebus;Børnekørsel | School bus
transport.patient-transport | Liggende patienttransport | Patient transport | Patientbefordring;Siddende patienter | Non-emergency patient transport
transport.train-driving | Togkørsel | Train driving | Lokomotivfører;Togfører | Locomotive driving
transport.ticket-inspection | Billetkontrol | Ticket inspection | Togpersonale;Kontrol af billetter | Fare inspection
transport.dispatching | Kørselsdisponering | Transport dispatching | Disponent;Vognmandsplanlægning | Fleet dispatching
transport.digital-driving-logs | Digitale køresedler og POD | Electronic proof of delivery | Scanner i bil;Kvittering | ePOD
transport.airport-ground | Lufthavnsservice | Airport ground handling | Bagagehåndtering i lufthavn;Rampe | Ramp work
transport.port-work | Havnearbejde | Port work | Stevedore;Kajarbejde | Dock work
transport.cargo-bike | Ladcykel | Cargo bike delivery | Ladcykel;Elcykel | Cargo cycling
transport.seafaring | Sømandsarbejde | Seafaring | Dæksarbejde;Skib | Deck work
transport.eco-driving | Energiøkonomisk kørsel | Eco-driving | Miljørigtig kørsel | Fuel-efficient driving
# building
building.bricklaying | Murerarbejde | Bricklaying | Murer;Opmuring | Masonry
building.plastering | Pudsning | Plastering | Puds;Filtsning | Rendering
building.roofing | Tagarbejde | Roofing | Tagdækning;Tagpap | Roof work
building.flooring | Gulvlægning | Floor laying | Trægulve;Gulvbelægning | Floor fitting
building.windows-doors | Montering af vinduer og døre | Window and door fitting | Vinduesmontage;Dørmontage | Window installation
building.glazing | Glarmesterarbejde | Glazing | Glarmester;Glas | Glass fitting
building.formwork | Forskalling | Formwork | Forskallingsarbejde | Shuttering
building.reinforcement | Jern og armering | Reinforcement | Armering;Jernbinding | Rebar fixing
building.road-construction | Vejbygning og asfalt | Road construction | Asfaltarbejde;Vejarbejde | Asphalt laying
building.pipe-laying | Ledningsarbejde | Pipe laying | Ledningsanlæg;Fjernvarmerør | Utility pipe laying
building.earthmoving | Entreprenørmaskiner | Earthmoving machinery | Gravemaskine;Rendegraver;Dozer | Excavator operation
building.renovation | Renovering | Renovation | Ombygning;Istandsættelse af bygninger | Refurbishment
building.prefab | Elementmontage | Prefabricated element assembly | Betonelementer;Montage | Precast installation
building.site-safety | Sikkerhed på byggepladsen | Construction site safety | APV på byggeplads;Byggepladsindretning | Site safety
building.sealing | Fugearbejde | Joint sealing | Fuger;Fugning | Caulking
building.well-drilling | Brøndboring og nedsivning | Well drilling | Boring;Nedsivningsanlæg | Drilling
# crafts
crafts.kitchen-fitting | Køkkenmontage | Kitchen fitting | Montering af køkkener;Køkkenmontør | Kitchen installation
crafts.furniture-making | Møbelfremstilling | Furniture making | Møbler;Træmøbler | Woodworking
crafts.cnc-wood | CNC i træ | CNC woodworking | Træbearbejdningsmaskiner;CNC-fræser træ | Wood CNC
crafts.woodturning | Drejning i træ | Woodturning | Trædrejning | Wood lathe
crafts.shoe-repair | Skomageri og nøgleservice | Shoe repair and key cutting | Skomager;Nøglefilning | Cobbling;Key cutting
crafts.goldsmith | Guldsmedearbejde | Jewellery making | Smykker;Sølvsmed | Goldsmithing
crafts.watch-repair | Urmageri | Watch repair | Urreparation;Urmager | Watchmaking
crafts.ceramics | Keramik | Ceramics | Pottemager;Drejning af ler | Pottery
crafts.glass | Glaspustning | Glassblowing | Glaspuster;Glaskunst | Glass art
crafts.sign-making | Skiltefremstilling | Sign making | Folie;Bilreklamer | Vinyl graphics
crafts.bookbinding | Bogbinding | Bookbinding | Indbinding | Binding
crafts.musical-instruments | Instrumentreparation | Musical instrument repair | Klaverstemning;Instrumentmager | Piano tuning
crafts.leather | Lædervarer og sadelmageri | Leather goods | Læder;Sadelmager | Leatherwork
crafts.boat-building | Bådebygning | Boat building | Bådebygger;Glasfiber | Boatbuilding
crafts.model-making | Modelbygning og prototyper | Model making | Modelbygger | Prototyping
crafts.decorative-painting | Dekorationsmaling | Decorative painting | Skiltemaling;Dekoration | Decorative finishes
crafts.sewing-machine | Industrisyning | Industrial sewing | Industrisymaskine;Konfektion | Garment manufacturing
# production
production.operator-maintenance | Operatørvedligehold | Operator maintenance | TPM;Autonom vedligehold | Autonomous maintenance
production.changeover | Omstilling af maskiner | Machine changeover | Omstilling;SMED | Changeover
production.process-control | Procesovervågning | Process control | Kontrolrum;Procesanlæg | Process monitoring
production.dairy | Mejeriproduktion | Dairy production | Mejeri;Ost;Mælk | Dairy processing
production.meat-processing | Slagteri og kødforarbejdning | Meat processing | Slagteri;Udbening | Abattoir work
production.fish-processing | Fiskeindustri | Fish processing | Fiskefiletering;Rejer | Seafood processing
production.beverage | Drikkevareproduktion | Beverage production | Bryggeri;Tapperi | Bottling
production.wood-industry | Træindustri | Wood industry | Savværk;Møbelfabrik | Sawmill
production.plastics-extrusion | Ekstrudering | Extrusion | Ekstruder;Folieproduktion | Plastics extrusion
production.chemical-process | Kemisk procesindustri | Chemical processing | Procesoperatør;Kemi | Chemical plant operation
production.textile-production | Tekstilproduktion | Textile production | Væveri;Strikkeri | Textile manufacturing
production.concrete-products | Betonvareproduktion | Concrete products | Betonstøberi;Elementfabrik | Precast concrete
production.glass-production | Glas- og isoleringsproduktion | Glass and insulation production | Glasuld;Stenuld | Mineral wool
production.paper-production | Papir og pap | Paper and cardboard production | Papfabrik;Bølgepap | Paper mill
production.electronics-production | Elektronikproduktion | Electronics manufacturing | SMD;Elektronikfabrik | Electronics production
production.packaging-machines | Pakkemaskiner | Packaging machines | Flowpack;Vakuumpakkemaskine | Packaging lines
production.robot-operation | Robotbetjening | Robot operation | Industrirobot;Robotcelle | Industrial robots
production.traceability | Sporbarhed og batchregistrering | Traceability | Batchnumre;Lotnumre | Batch tracking
production.planning | Produktionsplanlægning | Production planning | Produktionsplan;Planlægning af ordrer | Scheduling production
production.feed-mill | Foderstofproduktion | Feed production | Foderstof;Grovvare | Animal feed manufacturing
# packing
packing.blister | Blisterpakning | Blister packing | Blister;Medicinpakning | Blister packaging
packing.shrink-wrap | Krympefilm og folie | Shrink wrapping | Krympetunnel;Folie | Shrink wrap
packing.palletising | Pallestabling | Palletising | Pallestabler;Stable på paller | Pallet stacking
packing.weighing | Vejning og portionering | Weighing | Vægt;Afvejning | Portion weighing
packing.cable-assembly | Kabelmontage | Cable assembly | Ledningsnet;Kabelsæt | Wire harness assembly
packing.textile-assembly | Syning og montage af tekstiler | Textile assembly | Montage af tekstiler | Soft goods assembly
packing.quality-sorting | Sortering efter kvalitet | Quality sorting | Frasortering;Kvalitetssortering | Grading
packing.export-packing | Eksportpakning | Export packing | Trækasser;Emballering til eksport | Crating
packing.protective-workshop | Beskyttet værksted | Sheltered workshop tasks | Beskæftigelsestilbud;Værkstedsarbejde | Sheltered work
packing.print-finishing | Færdiggørelse af tryksager | Print finishing | Falsning;Hæftning | Binding and finishing
# it
it.networking | Netværk og servere | Networking and servers | Netværk;Server;Switch | Network administration
it.cloud | Cloud og Microsoft 365-administration | Cloud administration | Azure;Microsoft 365 admin | Cloud computing
it.databases | Databaser og SQL | Databases and SQL | SQL;Database | SQL
it.web-development | Webudvikling | Web development | HTML og CSS;JavaScript;Frontend | Front-end development
it.backend-development | Backend-udvikling | Back-end development | Python;Java;C# | Server-side development
it.mobile-apps | App-udvikling | Mobile app development | iOS;Android | App development
it.data-analysis | Dataanalyse og BI | Business intelligence | Power BI;Rapportering | Data analytics
it.cyber-security | IT-sikkerhed | Cyber security | Informationssikkerhed;Netværkssikkerhed | Information security
it.ux | UX og brugervenlighed | UX design | Brugertest;UI | User experience
it.devops | Drift og DevOps | DevOps | CI/CD;Linux-drift | Systems operations
it.it-procurement | IT-indkøb og licenser | IT asset management | Licenser;Asset management | Software licensing
it.ai-tools | AI-værktøjer | AI tools | ChatGPT;Copilot;Kunstig intelligens | Generative AI
it.ticketing | Sagsstyring i helpdesk | Ticketing systems | Jira;TopDesk;ServiceNow | Service desk tools
it.erp-admin | ERP-systemer | ERP systems administration | Dynamics;SAP | Enterprise software
it.accessibility | Digital tilgængelighed | Digital accessibility | WCAG;Tilgængelighed | Web accessibility
it.machine-learning | Machine learning og datavidenskab | Machine learning | Data science;Kunstig intelligens-modeller | Data science
it.game-development | Spiludvikling | Game development | Unity;Computerspil | Game design
# media
media.camera-operation | Kamerabetjening | Camera operation | Kamera;Filmoptagelse;Kameramand | Camera operating;Filming
media.video-production | Videoproduktion | Video production | Videoproduktion;Optagelse og klipning;Film | Video making;Filmmaking
media.lighting-sound | Lys og lyd | Stage lighting and sound | Lydteknik;Lysteknik | Sound engineering;Lighting
media.journalism | Journalistik | Journalism | Reportage;Nyhedsformidling | News reporting
media.editing | Redigering | Editing | Redaktion;Redaktionelt arbejde | Editorial work
media.press | Presse og mediekontakt | Press relations | Pressemeddelelser;PR | Public relations
media.internal-communication | Intern kommunikation | Internal communication | Intranet;Medarbejderblad | Staff communication
media.adobe | Adobe-programmer | Adobe software | InDesign;Photoshop;Illustrator;Premiere | Adobe Creative Cloud
media.animation | Animation og motion graphics | Animation | Motion graphics;After Effects | Motion design
media.illustration | Illustration | Illustration | Tegning;Illustrator | Drawing
media.web-design | Webdesign | Web design | Hjemmesidedesign;Wordpress | Website design
media.content-creation | Indholdsproduktion til SoMe | Content creation | Content;Reels;TikTok | Social media content
media.radio | Radio og podcast | Radio and podcasting | Radiovært;Podcastproduktion | Podcasting
media.image-editing | Billedbehandling | Image editing | Photoshop;Retouchering | Photo retouching
media.drone-filming | Dronefotografering | Drone filming | Luftfoto;Drone | Aerial photography
media.subtitling | Undertekstning | Subtitling | Undertekster;Tekstning | Captioning
media.event-technology | Teknik til events og scener | Event technology | Sceneteknik;Rigning | Stage technology
# animals
animals.dog-training | Hundetræning | Dog training | Hundeopdragelse;Lydighedstræning;Hvalpetræning | Dog obedience training;Puppy training
animals.animal-handling | Håndtering af dyr | Animal handling | Omgang med dyr;Fiksering af dyr | Handling animals
animals.animal-nursing | Dyrepleje på klinik | Veterinary nursing | Dyreklinik;Veterinærsygepleje | Vet nursing
animals.pet-sitting | Dyrepasning i hjemmet | Pet sitting | Kattepasning;Dyrepassere | Pet care
animals.dog-daycare | Hundeinstitution og hundepension | Dog daycare | Hundepension;Hundebørnehave | Dog boarding
animals.horse-riding | Ridning og ridelejr | Horse riding | Rideundervisning;Ridning | Riding instruction
animals.farrier | Hovpleje og beslag | Farriery | Hovslager;Beslagsmed | Hoof care
animals.fish-farming | Fiskeopdræt | Fish farming | Dambrug;Havbrug | Aquaculture
animals.poultry | Fjerkræ | Poultry care | Høns;Slagtekyllinger | Poultry farming
animals.pig-care | Svinepasning | Pig husbandry | Svinestald;Farestald | Pig farming
animals.cattle-care | Kvæg og kalve | Cattle care | Kalvepasning;Kvægbrug | Cattle husbandry
animals.animal-shelter | Internat og dyreværn | Animal shelter work | Dyreinternat;Dyreværn | Rescue centre
animals.wildlife | Vildtpleje og jagt | Wildlife management | Vildtforvaltning;Jagt | Game keeping
animals.beekeeping | Biavl | Beekeeping | Biavler;Honning | Apiculture
animals.service-dogs | Service- og førerhunde | Assistance dog training | Førerhund;Servicehund | Guide dogs
animals.veterinary-reception | Reception på dyreklinik | Veterinary reception | Dyreklinik reception | Vet reception
# sports
sports.personal-training | Personlig træning | Personal training | PT;Personlig træner;Træningsprogrammer | One-to-one training
sports.spinning-crossfit | Spinning og crossfit | Spinning and crossfit | Indoor cycling;Crossfit;Zumba | Indoor cycling
sports.sports-coaching | Trænerarbejde i idræt | Sports coaching | Træner;Idrætstræner | Coaching
sports.outdoor-activities | Friluftsliv og outdoor | Outdoor activities | Kajak;Klatring;Friluftsvejledning | Outdoor education
sports.swimming-instruction | Svømmeundervisning | Swimming instruction | Svømmelærer;Svømmetræner | Swimming lessons
sports.lifeguarding | Livredning | Lifeguarding | Livredder;Badevagt | Beach lifeguard
sports.golf-club | Golfklub og caddie | Golf club work | Caddie;Golfshop | Golf operations
sports.ski-bike-rental | Udlejning af udstyr | Equipment rental | Cykeludlejning;Kajakudlejning | Rental desk
sports.club-admin | Foreningsadministration | Club administration | Forening;Klubkontor | Sports club admin
sports.adapted-sports | Idræt for mennesker med handicap | Adapted sports | Parasport;Handicapidræt | Disability sport
sports.senior-exercise | Motion for seniorer | Senior exercise | Seniortræning;Stolegymnastik | Exercise for older people
sports.training-programmes | Træningsplanlægning | Training programme design | Træningsplan;Træningsprogram | Exercise programming
sports.yoga | Yoga og pilates | Yoga and pilates | Yoga;Pilates;Mindfulness | Yoga instruction
sports.dance | Dans | Dance instruction | Danseinstruktør;Dansetræning | Dance teaching
sports.martial-arts | Kampsport og selvforsvar | Martial arts | Kampsport;Boksning | Self-defence
sports.kitchen-kiosk | Cafeteria i idrætscenter | Sports centre cafeteria | Halcafé;Cafeteria | Sports bar
sports.sports-nutrition | Kost og træning | Sports nutrition | Kostråd til motionister | Nutrition coaching
# laundry
laundry.dry-cleaning | Kemisk rens | Dry cleaning | Renseri;Pletrens | Dry cleaner
laundry.tailoring | Skrædderarbejde | Tailoring | Skrædder;Ændring af tøj | Alterations
laundry.textile-repair | Lapning og reparation af tekstiler | Textile repair | Reparation af arbejdstøj | Garment repair
laundry.linen-distribution | Linnedforsyning | Linen distribution | Linnedvogn;Uddeling af linned | Linen supply
laundry.mangling | Rulning | Mangling | Rullemaskine;Strygerulle | Flatwork ironing
laundry.laundry-hygiene | Vaskerihygiejne | Laundry hygiene | Rent og urent;RABC | Infection control in laundry
laundry.embroidery | Broderi og tryk på tekstiler | Embroidery and textile printing | Brodering;Logotryk | Garment printing
laundry.knitting | Strik og hækling | Knitting | Strikning;Hækling | Crochet
# hotel
hotel.booking-system | Hotelbookingsystem | Hotel booking system | Opera;Reservationer | Property management system
hotel.night-audit | Natportier og natrevision | Night audit | Natportier;Natrevision | Night auditor
hotel.housekeeping-supervision | Housekeeping-ledelse | Housekeeping supervision | Housekeeper;Inspektion af værelser | Room inspection
hotel.camping | Campingplads og feriecenter | Campsite operation | Campingplads;Hytter;Feriecenter | Holiday park
hotel.hostel | Vandrerhjem og kro | Hostel and inn work | Vandrerhjem;Kro | Hostel work
hotel.tourist-information | Turistinformation | Tourist information | Turistbureau;Turistvejledning | Visitor information
hotel.travel-guide | Rejseledelse | Tour leading | Rejseleder;Guide | Tour guide
hotel.cruise-ferry | Service om bord | Onboard service | Færge;Kabinepersonale | Cabin crew
hotel.waitstaff-event | Selskabstjener | Banquet service | Selskaber;Banket | Banqueting
hotel.conference-tech | Konferenceteknik | Conference technology | AV-udstyr;Projektor | AV support
# finance
finance.annual-accounts | Årsregnskab | Annual accounts | Årsafslutning;Årsrapport | Year-end closing
finance.vat | Momsafregning | VAT returns | Momsindberetning | VAT reporting
finance.controlling | Controlling | Controlling | Business controller;Økonomistyring | Financial control
finance.auditing | Revision | Auditing | Revisor;Revisionsassistance | Audit
finance.banking-advice | Bankrådgivning | Banking advice | Bankrådgiver;Privatrådgivning | Financial advice
finance.credit | Kreditvurdering | Credit assessment | Kredit;Lånesager | Credit analysis
finance.pension | Pension og forsikring | Pensions and insurance | Pensionsrådgivning | Pension advice
finance.expense-management | Rejseafregning og udlæg | Expense management | Udlæg;Rejseafregning | Expense claims
finance.public-finance | Offentlig økonomi | Public sector finance | Kommunal økonomi;Budget i kommune | Public budgeting
finance.hr-systems | HR- og lønsystemer | HR and payroll systems | Danløn;Silkeborg Data;SD Løn | Payroll systems
finance.time-registration | Tidsregistrering og fravær | Time and absence registration | Fravær;Ferieregnskab | Absence recording
finance.fixed-assets | Anlægskartotek | Fixed asset accounting | Afskrivninger | Depreciation
finance.cost-accounting | Omkostningsregnskab og kalkulation | Cost accounting | Kalkulation;Dækningsbidrag | Costing
# customer-service
customer-service.technical-support | Teknisk kundesupport | Technical customer support | Second line support;Teknisk support | Technical helpdesk
customer-service.customer-retention | Fastholdelse af kunder | Customer retention | Genvinding;Opsigelser | Churn prevention
customer-service.outbound-calls | Udgående opkald | Outbound calling | Opringninger;Kundeopfølgning | Outbound calls
customer-service.booking-travel | Rejsebooking og billetter | Travel and ticket booking | Rejsebureau;Billetbestilling | Travel agency
customer-service.reception-service | Servicevært | Service host | Vært;Velkomstvært | Host service
customer-service.survey | Kundetilfredshedsundersøgelser | Customer surveys | Tilfredshedsmåling;Interviews | Customer feedback
customer-service.knowledge-base | Vidensbase og FAQ | Knowledge base | FAQ;Standardsvar | Help centre articles
customer-service.emergency-call | Vagtcentral og alarmopkald | Emergency call handling | Alarmcentral;Nødopkald | Alarm monitoring
customer-service.claims | Reklamationsbehandling | Warranty claims | Garantisager | Warranty handling
# recycling
recycling.hazardous-waste | Farligt affald | Hazardous waste | Kemikalieaffald;Miljøfarligt affald | Hazardous waste handling
recycling.scrap-metal | Skrot og metal | Scrap metal | Skrothandel;Metalgenbrug | Metal recycling
recycling.textile-recycling | Tekstilgenbrug | Textile recycling | Tøjindsamling;Sortering af tøj | Clothing sorting
recycling.furniture-reuse | Møbelgenbrug | Furniture reuse | Genbrugsmøbler;Istandsættelse af møbler | Furniture recycling
recycling.compost | Kompost og haveaffald | Composting | Haveaffald;Kompostering | Green waste
recycling.baler | Ballepresser og komprimator | Baler operation | Papirpresse;Komprimator | Compactor
recycling.container-handling | Containerhåndtering | Container handling | Containerbil;Udskiftning af containere | Skip handling
recycling.street-cleaning | Gadefejning | Street cleaning | Fejemaskine;Renholdelse af veje | Street sweeping
recycling.sewage | Spildevand og rensningsanlæg | Wastewater treatment | Renseanlæg;Spildevand | Sewage treatment
recycling.water-supply | Vandforsyning | Water supply operation | Vandværk;Drikkevand | Waterworks
# agriculture
agriculture.crop-protection | Plantebeskyttelse og sprøjtning | Crop protection | Sprøjtning;Pesticider | Spraying crops
agriculture.machinery-maintenance | Vedligehold af landbrugsmaskiner | Farm machinery maintenance | Landbrugsmekanik | Agricultural machinery repair
agriculture.organic-farming | Økologisk landbrug | Organic farming | Økologi;Økologisk drift | Organic agriculture
agriculture.fertilising | Gødskning og gylle | Fertilising | Gylleudbringning;Gødning | Manure spreading
agriculture.grain-drying | Korntørring og lagring | Grain drying and storage | Korntørreri;Siloer | Grain storage
agriculture.feeding-systems | Foderanlæg | Feeding systems | Fodervogn;Foderrobot | Automatic feeding
agriculture.animal-health | Dyrs sundhed og behandling | Animal health | Sundhedsrådgivning;Behandling af husdyr | Livestock health
agriculture.farm-shop | Gårdbutik | Farm shop | Gårdsalg;Stalddørssalg | Farm sales
agriculture.christmas-trees | Juletræer og pyntegrønt | Christmas tree production | Juletræsplantage;Pyntegrønt | Christmas trees
agriculture.fishing | Fiskeri | Fishing | Fisker;Fiskeri fra kutter | Commercial fishing
agriculture.fish-gear | Fiskeredskaber og net | Fishing gear | Net;Bødning | Net mending
agriculture.farm-records | Registrering i landbruget | Farm record keeping | Dyreregistrering;CHR | Herd records
# food
food.chocolate-confectionery | Chokolade og konfekture | Chocolate and confectionery | Konditori;Chokolade | Confectionery
food.cake-decorating | Kagedekoration | Cake decorating | Lagkager;Dekorering | Cake design
food.sausage-making | Pølse- og pålægsfremstilling | Sausage and cold cuts production | Pølsemager;Røgeri | Charcuterie
food.meat-cutting | Udskæring af kød | Meat cutting | Opskæring;Udbening | Boning
food.fish-preparation | Fisketilberedning | Fish preparation | Filetering;Fiskeforarbejdning | Filleting
food.brewing | Brygning | Brewing | Ølbrygning;Mikrobryggeri | Beer brewing
food.coffee-roasting | Kafferisteri | Coffee roasting | Ristning af kaffe | Roasting
food.ice-cream | Is og desserter | Ice cream making | Isbutik;Is | Ice cream
food.bakery-machines | Bagerimaskiner | Bakery machines | Dejdeler;Ovne | Bakery equipment
food.gluten-free | Glutenfri bagning | Gluten-free baking | Glutenfrit | Allergen-free baking
food.food-labelling | Fødevaremærkning | Food labelling | Varedeklaration;Ingredienslister | Ingredient labels
# hospital
hospital.bed-transport | Sengetransport | Bed transport | Transport af senge | Moving beds
hospital.mortuary | Kapel og afdøde | Mortuary work | Kapel;Kapeltjener | Mortuary attendant work
hospital.logistics | Hospitalslogistik | Hospital logistics | Varelogistik på sygehus;Forsyningsvogne | Hospital supply chain
hospital.patient-reception | Patientvejledning og lodsning | Patient guiding | Lodsning;Patientvært | Patient host
hospital.textile-service | Linned og uniformer på hospital | Hospital linen service | Uniformsservice | Scrubs service
hospital.equipment-cleaning | Rengøring af hjælpemidler | Aids cleaning | Vask af kørestole;Hjælpemiddelrengøring | Equipment decontamination
hospital.emergency-porter | Akut portørfunktion | Emergency porter duties | Hjertestopteam;Traumeportør | Trauma porter
hospital.waste-handling | Håndtering af klinisk affald | Clinical waste handling | Risikoaffald;Smitteaffald | Medical waste
# culture
culture.event-production | Eventproduktion | Event production | Koncertproduktion;Eventplanlægning | Event management
culture.stagehand | Scenearbejde | Stage crew work | Scenemester;Rekvisitter | Stagehand work
culture.cataloguing | Katalogisering og registrering | Cataloguing | Registrering af genstande;Museumsregistrering | Collection management
culture.conservation | Konservering | Conservation | Konservator;Restaurering | Restoration
culture.cultural-communication | Kulturformidling | Cultural mediation | Formidling;Børneformidling | Museum education
culture.music-performance | Musik og optræden | Music performance | Musiker;Band | Performing music
culture.acting | Skuespil | Acting | Teater;Skuespiller | Theatre
culture.creative-writing | Kreativ skrivning | Creative writing | Forfatter;Skrive | Writing
culture.arts-crafts | Kunst og kunsthåndværk | Arts and crafts | Maleri;Billedkunst | Fine art
culture.cinema | Biograf | Cinema operation | Biografmedarbejder;Filmfremvisning | Film projection
culture.archive-research | Arkivarbejde og slægtsforskning | Archival research | Arkivar;Slægtsforskning | Genealogy
culture.church-service | Kirketjeneste | Church service | Kirketjener;Graver | Verger duties
# security
security.guarding | Stationær vagt | Static guarding | Objektvagt;Receptionsvagt | Static security
security.alarm-response | Alarmudrykning | Alarm response | Udrykning;Alarmkørsel | Mobile patrol
security.door-supervision | Dørmandsarbejde | Door supervision | Dørmand;Natteliv | Bouncer work
security.event-security | Sikkerhed ved events | Event security | Crowd management;Festivalvagt | Crowd control
security.store-detective | Butiksdetektiv | Store detective work | Butikskontrol;Svindkontrol | Loss prevention officer
security.control-room | Kontrolcentral | Security control room | Alarmcentral;Vagtcentral | Monitoring centre
security.cash-transport | Værditransport | Cash in transit | Pengetransport | Cash transport
security.airport-security | Lufthavnssikkerhed | Airport security | Security-kontrol;Screening | Aviation screening
security.fire-rescue | Brand og redning | Fire and rescue | Brandmand;Redningsindsats | Firefighting
security.prison | Fængselsarbejde | Prison work | Fængselsbetjent;Kriminalforsorg | Custodial work
security.emergency-preparedness | Beredskab og evakuering | Emergency preparedness | Evakuering;Beredskabsplan | Emergency planning
# vehicle
vehicle.diagnostics | Fejlfinding og diagnose på biler | Vehicle diagnostics | Diagnoseudstyr;Testere | Car diagnostics
vehicle.brakes | Bremser og undervogn | Brakes and suspension | Bremser;Undervogn | Brake repair
vehicle.auto-electrics | Autoelektrik | Auto electrics | Bilelektrik;Elsystemer i biler | Vehicle electrics
vehicle.ev-service | Service på el- og hybridbiler | Electric vehicle service | Elbil;Højvoltsystemer | EV maintenance
vehicle.truck-repair | Lastbil- og busreparation | Truck and bus repair | Lastvognsmekanik | HGV mechanics
vehicle.bodywork | Karrosseriarbejde | Bodywork | Karrosseri;Pladearbejde på biler | Panel beating
vehicle.car-painting | Autolakering | Vehicle painting | Billakering;Spartling | Car spraying
vehicle.windscreen | Autoglas | Windscreen repair | Rudeskift;Stenslag | Auto glass
vehicle.agricultural-machines | Landbrugs- og entreprenørmaskiner | Agricultural and construction machinery repair | Maskinmekanik | Plant mechanics
vehicle.small-engines | Små motorer og havemaskiner | Small engine repair | Plæneklipperreparation;Motorsave | Garden machinery repair
vehicle.motorcycles | Motorcykler og knallerter | Motorcycle repair | MC-mekanik;Knallertreparation | Motorbike repair
vehicle.car-sales-prep | Klargøring til salg og syn | Vehicle inspection preparation | Syn;Bilsyn | MOT preparation
vehicle.vehicle-inspection | Synsarbejde | Vehicle inspection | Synsmand;Periodisk syn | Roadworthiness testing
vehicle.towing | Bugsering og vejhjælp | Towing and roadside assistance | Autohjælp;Kranbil | Recovery
vehicle.caravan | Campingvogne og autocampere | Caravan service | Campingvognsservice | Motorhome service
vehicle.aircraft | Flymekanik | Aircraft maintenance | Flymekaniker | Aircraft mechanics
vehicle.marine-engines | Skibsmotorer | Marine engines | Skibsmekanik;Påhængsmotorer | Marine mechanics
"""
