"""New occupations, ISCO-08 major groups 5–9. Line format as in occupations_a.py."""

TABLE = """
# 51 Personal service workers
flight-attendant | 5111 | Stewardesse | Flight attendant | Kabinepersonale;Steward;Cabin crew | Cabin crew member | hotel.cruise-ferry general.english general.service-minded security.emergency-preparedness
train-conductor | 5112 | Togfører | Train conductor | Togpersonale;Billetkontrollør;Togbetjent | Ticket inspector | transport.ticket-inspection general.service-minded general.communicate-customers general.shift-work
tour-guide | 5113 | Turistguide | Tour guide | Guide;Rejseleder;Byguide | Travel guide | hotel.travel-guide culture.guided-tours general.english hotel.tourist-information
cook | 5120 | Kok | Cook | Kokkeuddannet;Restaurantkok;Faglært kok | Chef de partie;Line cook | kitchen.hot-kitchen kitchen.cold-kitchen kitchen.food-prep kitchen.self-check kitchen.menu-planning kitchen.meat-fish-prep
nutrition-assistant | 5120 | Ernæringsassistent | Nutrition assistant | Køkkenassistent med ernæring;Økonoma | Diet cook | kitchen.special-diets kitchen.institutional-kitchen kitchen.elderly-meals health.nutrition kitchen.menu-planning kitchen.self-check
canteen-cook | 5120 | Kantinekok | Canteen cook | Frokostkok;Kantinemedarbejder med madlavning | Cafeteria cook | kitchen.canteen-service kitchen.food-prep kitchen.buffet kitchen.salad-prep kitchen.self-check
pizza-baker | 5120 | Pizzabager | Pizza maker | Pizzamager;Pizzakok | Pizza chef | kitchen.pizza kitchen.food-prep retail.cash-register kitchen.food-hygiene
catering-worker | 5120 | Cateringmedarbejder | Catering worker | Cateringassistent;Selskabskok | Catering assistant | kitchen.catering kitchen.buffet kitchen.food-prep kitchen.plating transport.van-driving
bartender | 5132 | Bartender | Bartender | Barmedarbejder;Bartjener | Barman;Bar staff | kitchen.bar kitchen.hot-drinks retail.cash-register licences.alcohol-licence general.service-minded
barista | 5246 | Barista | Barista | Kaffebarmedarbejder;Kaffebartender | Coffee maker | kitchen.hot-drinks retail.cash-register kitchen.sandwiches general.service-minded
hairdresser | 5141 | Frisør | Hairdresser | Damefrisør;Herrefrisør;Frisørsvend | Hair stylist | beauty.haircut beauty.hair-colouring beauty.hair-styling beauty.salon-booking beauty.product-sales
barber | 5141 | Barber | Barber | Herrefrisør og barber | Men's hairdresser | beauty.barbering beauty.haircut beauty.salon-booking general.service-minded
hairdresser-assistant | 5141 | Frisørassistent | Hairdressing assistant | Frisørelev;Salonassistent | Salon assistant | beauty.salon-booking beauty.hair-styling cleaning.daily-cleaning beauty.product-sales
beautician | 5142 | Kosmetiker | Beautician | Kosmetolog;Skønhedsekspert;Hudplejer | Beauty therapist | beauty.facial beauty.makeup beauty.waxing beauty.lashes-brows beauty.product-sales
nail-technician | 5142 | Negletekniker | Nail technician | Neglestylist;Manicurist | Manicurist | beauty.nails beauty.salon-booking general.precision general.service-minded
makeup-artist | 5142 | Makeupartist | Make-up artist | Sminkør;Makeupartist til film | Makeup artist | beauty.makeup beauty.hair-styling beauty.cosmetics-knowledge general.creative
spa-therapist | 5142 | Spaterapeut | Spa therapist | Wellnessterapeut;Spamedarbejder | Spa attendant | beauty.spa health.massage beauty.facial hotel.guest-service
housekeeping-supervisor | 5151 | Rengøringsleder | Cleaning supervisor | Rengøringsinspektør;Serviceleder rengøring;Områdeleder rengøring | Cleaning team leader | cleaning.insta-quality management.team-leadership management.shift-planning cleaning.perform-cleaning-duties licences.insta-800
hotel-housekeeper | 5151 | Housekeeper | Executive housekeeper | Housekeepingleder;Overstuepige | Head housekeeper | hotel.housekeeping-supervision management.team-leadership hotel.clean-rooms management.shift-planning
domestic-housekeeper | 5152 | Husholderske | Domestic housekeeper | Husbestyrer;Hushjælp | Home housekeeper | care.home-help cleaning.private-homes kitchen.simple-cooking laundry.laundry-washing
caretaker-residential | 5153 | Vicevært | Janitor | Ejendomsfunktionær;Gårdmand;Ejendomsmester | Superintendent;Building superintendent | caretaker.building-maintenance caretaker.tenant-contact caretaker.waste-rooms caretaker.minor-repairs caretaker.move-out-inspection caretaker.outdoor-upkeep
undertaker | 5163 | Bedemand | Undertaker | Begravelsesassistent;Bedemandsassistent | Funeral director | public-admin.funeral-admin beauty.funeral-care social.counselling general.empathy
dog-trainer | 5164 | Hundetræner | Dog trainer | Hundeinstruktør;Hundeadfærdskonsulent;Hvalpetræner | Dog instructor;Dog behaviourist | animals.dog-training animals.animal-handling animals.animal-welfare animals.service-dogs general.communicate-customers
zookeeper | 5164 | Dyrepasser i zoo | Zookeeper | Dyrepasser i dyrepark;Zoo-dyrepasser | Zoo keeper | animals.zoo-keeping animals.animal-feeding animals.animal-handling animals.animal-welfare culture.guided-tours
animal-shelter-worker | 5164 | Internatmedarbejder | Animal shelter worker | Medarbejder på dyreinternat;Dyreværnsmedarbejder | Animal rescue worker | animals.animal-shelter animals.animal-feeding animals.animal-handling animals.dog-walking animals.animal-welfare
dog-daycare-worker | 5164 | Hundepasser | Dog sitter | Hundelufter;Kattepasser | Dog walker;Pet sitter | animals.dog-daycare animals.dog-walking animals.pet-sitting animals.animal-feeding
riding-instructor | 5164 | Rideinstruktør | Riding instructor | Ridelærer;Berider | Horse riding instructor | animals.horse-riding animals.horse-care animals.animal-handling sports.coaching-children
driving-instructor | 5165 | Kørelærer | Driving instructor | Kørelærer til lastbil;Køreskolelærer | Driving teacher | education.driving-instruction general.driving-licence-b education.teaching general.patience
personal-assistant-disability | 5169 | Handicaphjælper | Personal assistant for disabled person | Hjælper;BPA-hjælper;Personlig hjælper | Personal care assistant | care.personal-assistance care.personal-care care.escort care.wheelchair general.driving-licence-b
# 52 Sales workers
market-trader | 5211 | Torvehandler | Market trader | Stadeholder;Markedssælger | Stallholder | sales.market-stall retail.cash-register retail.fruit-veg general.outdoor-work
street-food-seller | 5212 | Streetfood-sælger | Street food vendor | Pølsevognsmand;Food truck-medarbejder;Pølsemand | Food truck worker | kitchen.food-prep retail.cash-register kitchen.food-hygiene sales.market-stall
shopkeeper | 5221 | Butiksindehaver | Shopkeeper | Detailhandler;Selvstændig købmand;Kioskejer | Shop owner | management.store-management management.self-employment retail.cash-settlement sales.purchasing
shop-supervisor | 5222 | Afdelingsleder i butik | Shop supervisor | Souschef i butik;Teamleder butik;Butiksansvarlig | Retail supervisor | management.store-management management.shift-planning retail.stocktaking retail.cash-settlement retail.planogram
diy-store-assistant | 5223 | Byggemarkedsmedarbejder | DIY store assistant | Ekspedient i byggemarked;Trælastmedarbejder | Hardware store assistant | retail.diy-store retail.customer-advice warehouse.forklift retail.shelf-stocking retail.cash-register
furniture-sales-assistant | 5223 | Møbelsælger | Furniture salesperson | Boligsælger i butik;Møbelekspedient | Home furnishings sales assistant | retail.furniture-store retail.sales-technique retail.customer-advice retail.product-display
florist | 5223 | Blomsterbinder | Florist | Florist;Blomsterhandler;Blomsterbutiksmedarbejder | Flower shop assistant | retail.florist-sales green.cut-flowers retail.cash-register retail.product-display general.creative
butcher-shop-assistant | 5223 | Slagterbutiksassistent | Butcher shop assistant | Slagterekspedient;Kødekspedient | Butcher counter assistant | retail.butcher-counter food.meat-cutting retail.cash-register kitchen.food-hygiene
fishmonger | 7511 | Fiskehandler | Fishmonger | Fiskeekspedient;Fiskemand | Fish seller | retail.fish-counter food.fish-preparation retail.cash-register kitchen.food-hygiene
bookshop-assistant | 5223 | Boghandlermedhjælper | Bookshop assistant | Boghandler;Papirhandelsmedarbejder | Bookseller | retail.bookshop retail.customer-advice retail.cash-register retail.shelf-stocking
health-food-shop-assistant | 5223 | Butiksassistent i helsekost | Health food shop assistant | Helsekostekspedient;Materialistmedarbejder | Health shop assistant | retail.pharmacy-shop retail.customer-advice retail.cash-register retail.shelf-stocking
car-salesperson | 5223 | Bilsælger | Car salesperson | Automobilforhandler;Sælger af biler | Car dealer | sales.car-sales sales.negotiation customer-service.crm general.driving-licence-b
checkout-supervisor | 5230 | Kasseansvarlig | Checkout supervisor | Kasseleder;Kasseassistent med ansvar | Head cashier | retail.cash-settlement retail.cash-register retail.self-checkout management.shift-planning
kiosk-assistant | 5230 | Kioskmedarbejder | Kiosk assistant | Kioskassistent;Ekspedient i kiosk | Newsagent assistant | retail.kiosk retail.cash-register retail.shelf-stocking general.service-minded
sales-demonstrator | 5242 | Demonstratør | Sales demonstrator | Smagsprøvedemonstratør;Promotionmedarbejder | Promoter | sales.product-knowledge customer-service.sales general.communicate-customers sales.events-fairs
door-to-door-seller | 5243 | Dør-til-dør-sælger | Door-to-door salesperson | Hvervesælger;Fundraiser | Canvasser;Fundraiser | customer-service.sales sales.field-sales general.communicate-customers general.outdoor-work
petrol-station-attendant | 5245 | Tankpasser | Service station attendant | Servicestationsmedarbejder;Medarbejder på tankstation | Petrol station attendant | retail.kiosk retail.cash-register kitchen.hot-drinks vehicle.wash-vehicles
ice-cream-seller | 5246 | Isbutiksmedarbejder | Ice cream shop assistant | Ishusmedarbejder;Isekspedient | Ice cream server | food.ice-cream retail.cash-register general.service-minded kitchen.kitchen-cleaning
webshop-assistant | 5249 | Webshopmedarbejder | Webshop assistant | E-handelsmedarbejder;Webshopassistent | E-commerce assistant | sales.webshop retail.online-customer media.photography warehouse.order-packing office.data-entry
rental-clerk | 5249 | Udlejningsmedarbejder | Rental clerk | Udlejningsassistent;Maskinudlejer | Hire desk assistant | sports.ski-bike-rental customer-service.booking-systems retail.cash-register general.service-minded
# 53 Personal care workers
pedagogical-assistant | 5311 | Pædagogisk assistent | Pedagogical assistant | PAU;Pædagogisk assistent (PAU);PGU | Childcare assistant;Pedagogical assistant (PAU) | pedagogy.supervise-children pedagogy.play-activities pedagogy.learning-plans pedagogy.language-development pedagogy.parent-cooperation pedagogy.special-needs-children
childminder | 5311 | Dagplejer | Childminder | Dagplejemor;Kommunal dagplejer;Privat dagplejer | Family daycare provider | pedagogy.infant-care pedagogy.supervise-children pedagogy.children-mealtimes pedagogy.nappy-changing pedagogy.outdoor-children
nanny | 5311 | Barnepige | Nanny | Au pair;Børnepasser | Babysitter;Au pair | pedagogy.supervise-children pedagogy.play-activities pedagogy.children-mealtimes care.home-help
social-health-helper | 5322 | Social- og sundhedshjælper | Social and health care helper | SOSU-hjælper;SSH;SOSU;Social- og sundhedshjælper i hjemmeplejen | Elder care worker;Care worker;Home care worker;Social and healthcare helper | care.social-health-care care.elder-care care.personal-care care.home-care care.home-help care.care-documentation care.patient-transfer general.driving-licence-b
social-health-assistant | 5321 | Social- og sundhedsassistent | Social and health care assistant | SOSU-assistent;SSA;SOSU;Sundhedsassistent | Health care assistant;Elder care worker;Care worker;Social and healthcare assistant | care.social-health-care care.medication-assistance health-support.wound-care care.observation care.elder-care care.care-documentation care.care-plans care.personal-care
sosu-trainee | 5321 | Social- og sundhedselev | Social and health care trainee | SOSU-elev;SSA-elev;SSH-elev | Care trainee | care.social-health-care care.personal-care care.elder-care care.care-documentation general.learning
night-carer | 5321 | Nattevagt i plejen | Night care worker | Nattevagt på plejehjem;Sovende nattevagt;Vågen nattevagt | Night carer | care.night-watch care.elder-care care.observation care.incontinence care.care-documentation
hospital-care-assistant | 5321 | Sygehjælper | Nursing assistant | Plejehjælper på sygehus;Plejeassistent | Hospital care assistant | care.personal-care care.observation care.patient-transfer health-support.vital-signs care.care-documentation
psychiatric-assistant | 5321 | Psykiatrisk plejer | Psychiatric care assistant | Plejer i psykiatrien;Omsorgsassistent psykiatri | Mental health care worker | care.social-psychiatry social.conflict-handling care.observation care.medication-assistance
respite-carer | 5322 | Aflaster | Respite carer | Aflastningsmedarbejder;Aflastningsfamilie | Short break carer | care.respite-care care.disability-support pedagogy.play-activities care.escort
cleaning-home-help | 5322 | Praktisk hjælper | Home help worker | Rengøringsmedarbejder i hjemmeplejen;Praktisk hjælp;Hjemmerengøringshjælp | Domestic helper | care.home-help cleaning.private-homes care.shopping-errands cleaning.daily-cleaning general.work-independently
residential-helper | 5329 | Bostedsmedhjælper | Residential care helper | Medhjælper på bosted;Botilbudsmedhjælper | Supported living assistant | social.residential-care care.disability-support care.cognitive-impairment care.personal-care pedagogy.creative-workshops
# 54 Protective services
firefighter | 5411 | Brandmand | Firefighter | Brandmand på deltid;Redningsmand;Brandkonstabel | Fire fighter | security.fire-rescue licences.c security.emergency-preparedness general.first-aid general.physical-stamina
police-officer | 5412 | Politibetjent | Police officer | Politiassistent;Betjent;Politikadet | Policeman;Policewoman | public-admin.police-work social.conflict-handling security.emergency-preparedness general.driving-licence-b
prison-officer | 5413 | Fængselsbetjent | Prison officer | Fængselsfunktionær;Værkmester i fængsel | Correctional officer | security.prison social.conflict-handling security.access-control social.mentoring
doorman | 5414 | Dørmand | Door supervisor | Dørvogter;Udsmider | Bouncer | security.door-supervision licences.doorman-course social.conflict-handling security.access-control
store-detective | 5414 | Butiksdetektiv | Store detective | Butikskontrollant;Svindmedarbejder | Loss prevention officer | security.store-detective retail.prevent-shoplifting security.cctv social.conflict-handling
event-security | 5414 | Eventvagt | Event security steward | Festivalvagt;Crowd manager;Steward | Crowd steward | security.event-security security.access-control general.first-aid social.conflict-handling
alarm-operator | 5414 | Vagtcentralmedarbejder | Alarm centre operator | Alarmoperatør;Kontrolrumsoperatør | Monitoring centre operator | security.control-room customer-service.emergency-call security.cctv general.shift-work
mobile-guard | 5414 | Udrykningsvagt | Mobile security patrol | Patruljevagt;Alarmvagt | Mobile patrol officer | security.alarm-response security.patrol-areas general.driving-licence-b licences.security-guard-course
airport-security-officer | 5414 | Securitymedarbejder | Airport security officer | Sikkerhedsmedarbejder i lufthavn;Security-officer | Aviation security screener | security.airport-security security.access-control general.english general.service-minded
cash-transport-guard | 5414 | Værditransportvagt | Cash in transit guard | Pengetransportør;Værdivagt | CIT guard | security.cash-transport licences.security-guard-course general.driving-licence-b general.confidentiality
lifeguard | 5419 | Livredder | Lifeguard | Badevagt;Strandlivredder;Svømmehalslivredder | Pool lifeguard | sports.lifeguarding licences.lifeguard licences.first-aid-12 sports.swimming-pool
traffic-warden | 5419 | Trafikvagt | Traffic controller | Trafikregulerende vagt;Vejarbejdsvagt | Traffic marshal | licences.road-work-safety general.outdoor-work general.communicate-customers security.access-control
# 61 Skilled agricultural workers
crop-farmer | 6111 | Planteavler | Crop farmer | Landmand planteavl;Kornavler | Arable farmer | agriculture.field-work agriculture.tractor agriculture.crop-protection agriculture.fertilising agriculture.grain-drying
vegetable-grower | 6111 | Grøntsagsgartner | Vegetable grower | Frilandsgartner;Grønsagsavler | Market gardener | green.vegetables agriculture.harvest agriculture.field-work green.watering agriculture.farm-shop
fruit-grower | 6112 | Frugtavler | Fruit grower | Frugtplantageejer;Bæravler | Orchardist | agriculture.harvest green.prune-hedges-trees agriculture.crop-protection agriculture.farm-shop
nursery-gardener | 6113 | Planteskolegartner | Nursery gardener | Væksthusgartner;Gartner i planteskole;Produktionsgartner | Horticultural grower | green.nursery-production green.greenhouse green.pot-plants green.soil-plants green.irrigation-systems
landscape-gardener | 6113 | Anlægsgartner | Landscape gardener | Anlægsgartnersvend;Brolægger i haver | Landscaper | green.landscaping building.paving green.plant-green-plants green.garden-maintenance green.compact-tractor
greenkeeper | 6113 | Greenkeeper | Greenkeeper | Golfbanemedarbejder;Banearbejder | Golf course keeper | green.golf-course green.lawn-care green.landscaping-equipment green.irrigation-systems
arborist | 6113 | Træplejer | Arborist | Skovarbejder træfældning;Arborist | Tree surgeon | green.tree-care green.chainsaw licences.fall-protection licences.aerial-lift
dairy-farmer | 6121 | Kvægbruger | Dairy farmer | Mælkeproducent;Landmand kvæg;Fodermester | Livestock farmer | animals.cattle-care agriculture.milk-animals agriculture.feeding-systems agriculture.animal-health agriculture.farm-records
pig-farmer | 6121 | Svineavler | Pig farmer | Svineproducent;Driftsleder svin | Pig producer | animals.pig-care agriculture.feeding-systems agriculture.animal-health agriculture.farm-records
poultry-farmer | 6122 | Fjerkræavler | Poultry farmer | Ægproducent;Hønseavler | Poultry producer | animals.poultry agriculture.feeding-systems agriculture.animal-health agriculture.farm-maintenance
beekeeper | 6123 | Biavler | Beekeeper | Honningproducent | Apiarist | animals.beekeeping agriculture.farm-shop food.food-labelling general.outdoor-work
farmer | 6130 | Landmand | Farmer | Gårdejer;Landbrugsuddannet;Driftsleder landbrug | Farm manager | agriculture.livestock-care agriculture.field-work agriculture.tractor agriculture.machinery-maintenance management.self-employment
forestry-worker | 6210 | Skovarbejder | Forestry worker | Skovhugger | Forest worker | green.forestry green.chainsaw agriculture.christmas-trees green.nature-management
fish-farmer | 6221 | Fiskeopdrætter | Fish farmer | Dambrugsmedarbejder;Havbrugsmedarbejder | Aquaculture worker | animals.fish-farming animals.animal-feeding laboratory.environmental-sampling agriculture.farm-maintenance
fisher | 6222 | Fisker | Fisher | Kystfisker;Bundgarnsfisker;Erhvervsfisker | Fisherman | agriculture.fishing agriculture.fish-gear transport.seafaring licences.boat-licence
deep-sea-fisher | 6223 | Havfisker | Deep-sea fisher | Fiskeskipper;Matros på fiskefartøj | Trawlerman | agriculture.fishing agriculture.fish-gear transport.seafaring production.fish-processing
hunter | 6224 | Vildtforvalter | Gamekeeper | Jæger;Skytte;Vildtkonsulent | Hunter | animals.wildlife green.nature-management animals.animal-handling general.outdoor-work
# 71 Building trades
house-builder | 7111 | Tømrer | Carpenter | Tømrersvend;Bygningstømrer | House builder | crafts.carpentry building.roofing building.windows-doors crafts.use-power-tools building.measuring building.drywall
bricklayer | 7112 | Murer | Bricklayer | Murersvend;Facademurer | Mason | building.bricklaying building.plastering building.tiling building.measuring building.site-materials
bricklayer-helper | 9313 | Murerarbejdsmand | Bricklayer's labourer | Murerhåndlanger;Murermedhjælper | Hod carrier | building.site-materials building.bricklaying building.scaffolding general.manual-work general.lifting-technique
stonemason | 7113 | Stenhugger | Stonemason | Stenhuggersvend;Stenmontør | Stone cutter | crafts.use-power-tools building.measuring building.paving general.precision
concrete-worker | 7114 | Betonarbejder | Concrete worker | Betonmand;Struktør;Betonstøber | Concrete finisher | building.concrete building.formwork building.reinforcement building.site-materials
formwork-carpenter | 7115 | Forskallingstømrer | Formwork carpenter | Forskaller | Shuttering carpenter | building.formwork crafts.carpentry building.concrete building.measuring
scaffolder | 7119 | Stilladsmontør | Scaffolder | Stilladsbygger;Stilladsopstiller | Scaffold erector | building.scaffolding licences.scaffold-course licences.fall-protection building.site-safety
roofer | 7121 | Tagdækker | Roofer | Tagtækker;Tagpapmontør;Stråtagstækker | Roofing worker | building.roofing licences.fall-protection building.insulation crafts.use-power-tools
floor-layer | 7122 | Gulvlægger | Floor layer | Gulvmontør;Parketlægger;Tæppemontør | Floor fitter | building.flooring building.measuring crafts.use-power-tools general.precision
tiler | 7122 | Flisemurer | Tiler | Flisemontør;Flisemand;Flisemurersvend | Tile setter | building.tiling plumbing.bathroom-renovation building.measuring building.sealing
plasterer | 7123 | Stukkatør | Plasterer | Pudser;Stukkatørsvend | Stucco worker | building.plastering building.drywall crafts.decorative-painting general.precision
drywall-installer | 7123 | Gipsmontør | Drywall installer | Montør lette vægge;Loftmontør | Plasterboard fixer | building.drywall building.insulation building.measuring crafts.use-power-tools
glazier | 7125 | Glarmester | Glazier | Glarmestersvend;Glasmontør | Glass fitter | building.glazing building.windows-doors building.measuring building.sealing
plumber | 7126 | VVS-montør | Plumber | VVS'er;VVS-installatør;VVS-energimontør;Blikkenslager-VVS;VVS | Pipe fitter;Plumber and pipefitter;Heating engineer | plumbing.pipe-fitting plumbing.sanitary-installation plumbing.heating-installation plumbing.water-installation plumbing.drainage plumbing.leak-repair
plumber-assistant | 7126 | VVS-medhjælper | Plumber's mate | VVS-arbejdsmand;VVS-lærling | Plumbing assistant | plumbing.pipe-fitting plumbing.sanitary-installation crafts.use-power-tools building.site-materials general.manual-work
district-heating-fitter | 7126 | Fjernvarmemontør | District heating fitter | Fjernvarmerørlægger;Rørlægger | Pipe layer | plumbing.pipe-welding plumbing.pipe-fitting building.pipe-laying building.groundwork
drain-layer | 7126 | Kloakmester | Drain layer | Kloakmontør;Kloakarbejder;Kloakrørlægger | Drainage contractor | plumbing.drainage building.groundwork building.earthmoving licences.plumbing-authorisation
ventilation-fitter | 7127 | Ventilationsmontør | Ventilation installer | Ventilationstekniker;Ventmontør | HVAC installer | plumbing.ventilation plumbing.sheet-metal crafts.use-power-tools licences.aerial-lift
refrigeration-technician | 7127 | Kølemontør | Refrigeration technician | Køletekniker;Kølemekaniker;Varmepumpemontør | Refrigeration mechanic | plumbing.cooling licences.refrigerant plumbing.heat-pumps electrical.troubleshooting
painter | 7131 | Maler | Painter | Malersvend;Bygningsmaler;Malerlærling | Painter and decorator | crafts.paint-surfaces crafts.wallpapering building.plastering crafts.decorative-painting building.sealing
industrial-painter | 7132 | Industrimaler | Industrial painter | Industrilakerer;Sprøjtemaler;Pulverlakerer | Spray painter | metal.industrial-painting metal.surface-treatment general.safety-rules licences.epoxy
car-painter | 7132 | Autolakerer | Car painter | Billakerer;Autolakerersvend | Vehicle painter | vehicle.car-painting vehicle.bodywork metal.surface-treatment general.precision
chimney-sweep | 7133 | Skorstensfejer | Chimney sweep | Skorstensfejersvend | Chimney cleaner | cleaning.chimney-sweeping licences.fall-protection caretaker.heating-check general.outdoor-work
facade-cleaner | 7133 | Facaderenser | Facade cleaner | Graffitifjerner;Bygningsrenser | Building cleaner | cleaning.facade-cleaning cleaning.high-pressure licences.aerial-lift general.outdoor-work
# 72 Metal, machinery
foundry-worker | 7211 | Støberiarbejder | Foundry worker | Støber;Formmager | Metal moulder | metal.foundry production.machine-operation general.safety-rules general.manual-work
sheet-metal-worker | 7213 | Pladesmed | Sheet metal worker | Tyndpladesmed;Kantbukker | Sheet metal fabricator | metal.sheet-metal-work metal.bending metal.cutting metal.technical-drawing-metal crafts.welding
roofing-tinsmith | 7213 | Blikkenslager | Tinsmith | Blikkenslagersvend;Tagdækker zink | Sheet metal roofer | plumbing.sheet-metal building.roofing licences.fall-protection plumbing.press-fittings
industrial-smith | 7214 | Industrismed | Industrial metalworker | Smed;Smedesvend;Klejnsmed;Konstruktionssmed | Metal fabricator;Smith | crafts.metalwork crafts.welding metal.mig-mag metal.technical-drawing-metal metal.cutting metal.grinding
steel-erector | 7214 | Stålmontør | Steel erector | Montagesmed;Stålmontagemedarbejder | Structural steelworker | metal.steel-construction licences.crane-slinger licences.fall-protection crafts.welding
rigger | 7215 | Rigger | Rigger | Anhugger;Kabelmontør til master | Rigger and slinger | licences.crane-slinger licences.fall-protection licences.aerial-lift general.teamwork
blacksmith | 7221 | Kunstsmed | Blacksmith | Beslagsmed;Smedemester | Forge smith | metal.blacksmithing crafts.metalwork crafts.welding general.creative
toolmaker | 7222 | Værktøjsmager | Toolmaker | Værktøjsmagersvend;Formbygger | Tool and die maker | metal.tool-making metal.milling metal.turning metal.measuring-tools metal.cam-programming
machinist | 7223 | Maskinarbejder | Machinist | Industritekniker;Drejer;Fræser;Maskinarbejder CNC | Machine tool operator | metal.turning metal.milling production.cnc metal.measuring-tools metal.technical-drawing-metal metal.cam-programming
metal-grinder | 7224 | Sliber og polerer | Metal polisher | Metalsliber;Polerer | Grinder | metal.grinding production.deburring metal.surface-treatment production.quality-control
car-mechanic | 7231 | Automekaniker | Car mechanic | Mekaniker;Bilmekaniker;Personvognsmekaniker | Motor mechanic;Auto mechanic | vehicle.diagnostics vehicle.oil-service vehicle.brakes vehicle.auto-electrics vehicle.tyre-change vehicle.ev-service
truck-mechanic | 7231 | Lastvognsmekaniker | Truck mechanic | Lastbilmekaniker;Busmekaniker | HGV mechanic | vehicle.truck-repair vehicle.diagnostics vehicle.brakes metal.hydraulics licences.c
motorcycle-mechanic | 7231 | Motorcykelmekaniker | Motorcycle mechanic | MC-mekaniker;Knallertmekaniker | Motorbike mechanic | vehicle.motorcycles vehicle.small-engines crafts.use-hand-tools vehicle.diagnostics
panel-beater | 7231 | Karrosseritekniker | Panel beater | Karrosserismed;Autopladesmed;Skadetekniker | Body repairer | vehicle.bodywork vehicle.car-painting vehicle.windscreen crafts.welding
aircraft-mechanic | 7232 | Flymekaniker | Aircraft mechanic | Flytekniker | Aircraft maintenance technician | vehicle.aircraft metal.machine-maintenance electrical.troubleshooting general.english
agri-machine-mechanic | 7233 | Landbrugsmaskinmekaniker | Agricultural machinery mechanic | Entreprenørmaskinmekaniker;Maskinmekaniker | Plant mechanic | vehicle.agricultural-machines metal.hydraulics vehicle.diagnostics crafts.welding
industrial-mechanic | 7233 | Industrimekaniker | Industrial mechanic | Maskinreparatør;Vedligeholdelsesmekaniker;Driftsmekaniker | Maintenance fitter | metal.machine-maintenance metal.hydraulics production.operator-maintenance electrical.troubleshooting metal.technical-drawing-metal
garden-machine-mechanic | 7233 | Havemaskinemekaniker | Garden machinery mechanic | Plæneklipperreparatør;Småmotormekaniker | Small engine mechanic | vehicle.small-engines green.landscaping-equipment crafts.use-hand-tools retail.customer-advice
# 73 Handicraft and printing
instrument-maker | 7311 | Instrumentmager | Precision instrument maker | Finmekaniker;Instrumenttekniker | Precision mechanic | general.precision metal.measuring-tools crafts.watch-repair metal.turning
piano-tuner | 7312 | Klaverstemmer | Piano tuner | Instrumentbygger;Guitarbygger | Musical instrument repairer | crafts.musical-instruments general.precision crafts.joinery culture.music-performance
goldsmith | 7313 | Guldsmed | Goldsmith | Sølvsmed;Smykkemager | Jeweller | crafts.goldsmith retail.jewellery general.precision general.creative
potter | 7314 | Keramiker | Potter | Pottemager | Ceramicist | crafts.ceramics culture.arts-crafts retail.cash-register general.creative
glassblower | 7315 | Glaspuster | Glassblower | Glaskunstner | Glass artist | crafts.glass culture.arts-crafts general.precision retail.cash-register
sign-maker | 7316 | Skiltemager | Sign maker | Skiltetekniker;Folieopsætter;Reklametekniker | Sign writer | crafts.sign-making media.print-production media.graphic-design licences.aerial-lift
woodcraft-worker | 7317 | Trædrejer | Woodturner | Træsløjdmager;Kunsthåndværker i træ | Wood craftsperson | crafts.woodturning crafts.joinery culture.arts-crafts crafts.use-hand-tools
textile-craftsperson | 7318 | Væver | Weaver | Tekstilkunstner;Håndvæver | Textile artist | laundry.knitting laundry.embroidery culture.arts-crafts general.creative
prepress-technician | 7321 | Grafisk tekniker | Prepress technician | Mediegrafiker;Prepress-operatør;Repro | Print technician | media.print-production media.adobe media.graphic-design media.image-editing
printer | 7322 | Trykker | Printer | Offsettrykker;Digitaltrykker;Serigraf | Print operator | media.print-production production.machine-operation production.changeover production.quality-control
bookbinder | 7323 | Bogbinder | Bookbinder | Bogbindersvend;Færdiggører;Falser | Print finisher | crafts.bookbinding packing.print-finishing production.machine-operation general.precision
# 74 Electrical and electronics trades
electrician | 7411 | Elektriker | Electrician | Elektrikersvend;Installationselektriker;El-installatør;El-montør | Electrician;Electrical installer | electrical.installation electrical.cable-pulling electrical.troubleshooting electrical.switchboards electrical.electrical-testing electrical.cable-drawings
electrician-assistant | 7411 | Elektrikermedhjælper | Electrician's mate | El-arbejdsmand;Elektrikerlærling | Electrical assistant | electrical.cable-pulling crafts.electrical-basic crafts.use-power-tools building.site-materials general.manual-work
solar-installer | 7411 | Solcellemontør | Solar panel installer | Solcelleinstallatør;Montør solenergi | PV installer | electrical.solar building.roofing licences.fall-protection electrical.installation
automation-technician | 7412 | Automatiktekniker | Automation technician | Automatikmekaniker;Elektromekaniker;PLC-tekniker | Automation engineer | electrical.automation electrical.troubleshooting metal.hydraulics electrical.switchboards metal.machine-maintenance
panel-builder | 7412 | Tavlemontør | Panel builder | Tavlebygger;Elmontør tavler | Switchboard assembler | electrical.switchboards electrical.cable-drawings electrical.electrical-testing crafts.use-hand-tools
wind-turbine-technician | 7412 | Vindmølletekniker | Wind turbine technician | Vindmøllemontør;Servicetekniker vind | Wind technician | electrical.wind-turbines licences.fall-protection metal.hydraulics electrical.troubleshooting general.english
lift-technician | 7412 | Elevatormontør | Lift technician | Elevatortekniker;Elevatorservicemontør | Elevator mechanic | electrical.lift-maintenance electrical.troubleshooting metal.machine-maintenance general.driving-licence-b
line-installer | 7413 | Linjemontør | Power line installer | Kabelmontør;Netmontør;Elforsyningsmontør | Line worker | electrical.high-voltage electrical.cable-pulling licences.aus building.pipe-laying
electronics-mechanic | 7421 | Elektronikmekaniker | Electronics mechanic | Elektronikreparatør;Elektronikfagtekniker | Electronics repairer | electrical.electronics-assembly electrical.soldering electrical.troubleshooting it.hardware-repair
appliance-technician | 7421 | Hvidevaretekniker | Appliance repair technician | Hvidevaremontør;Servicetekniker hvidevarer | Domestic appliance engineer | electrical.appliance-repair electrical.troubleshooting general.driving-licence-b customer-service.technical-support
security-installer | 7421 | Sikringstekniker | Security systems installer | Alarmmontør;Sikringsmontør;ABA-montør | Alarm engineer | electrical.security-systems electrical.installation electrical.data-network-cabling security.access-control
av-technician | 7422 | AV-tekniker | AV technician | AV-montør;Lyd- og billedtekniker | Audio-visual technician | electrical.av-installation media.lighting-sound hotel.conference-tech electrical.data-network-cabling
fibre-installer | 7422 | Fibermontør | Fibre optic installer | Fibertekniker i marken;Kabelmontør fiber | Fibre technician | electrical.data-network-cabling building.pipe-laying it.networking general.outdoor-work
# 75 Food, wood, garment
butcher | 7511 | Slagter | Butcher | Slagtersvend;Kødudskærer | Meat cutter | food.meat-cutting food.butchery-basic food.sausage-making retail.butcher-counter kitchen.food-hygiene
abattoir-worker | 7511 | Udbener | Deboner | Kødudskærer på slagteri;Svineslagteriarbejder;Kødindustriarbejder | Slaughterhouse worker;Abattoir operative | production.meat-processing food.meat-cutting kitchen.food-hygiene general.manual-work general.shift-work
baker | 7512 | Bager | Baker | Bagersvend;Brødbager;Natbager | Master baker | food.bread-baking food.dough-prep food.pastry food.bakery-machines kitchen.food-hygiene
pastry-chef | 7512 | Konditor | Pastry chef | Kagebager;Konditorsvend | Confectioner | food.pastry food.cake-decorating food.chocolate-confectionery kitchen.food-hygiene
chocolatier | 7512 | Chokolademager | Chocolatier | Chokoladeproducent;Konfekturemager | Confectionery maker | food.chocolate-confectionery food.food-packing kitchen.food-hygiene general.precision
dairy-worker | 7513 | Mejerist | Dairy technologist | Mejeritekniker;Ostemager;Mejerioperatør | Cheesemaker | production.dairy production.process-control kitchen.food-hygiene laboratory.food-analysis
brewer | 7515 | Brygger | Brewer | Bryggeriarbejder;Ølbrygger;Bryggerimedarbejder | Brewery worker | food.brewing production.beverage kitchen.food-hygiene production.process-control
coffee-roaster | 7515 | Kafferister | Coffee roaster | Kafferisterimedarbejder | Roastery worker | food.coffee-roasting kitchen.hot-drinks food.food-packing production.quality-control
wood-treater | 7521 | Savværksarbejder | Sawmill worker | Træforarbejder;Savskærer | Timber worker | production.wood-industry production.machine-operation warehouse.forklift general.safety-rules
cabinet-maker | 7522 | Snedker | Cabinet maker | Møbelsnedker;Bygningssnedker;Snedkersvend | Joiner | crafts.joinery crafts.furniture-making crafts.kitchen-fitting crafts.cnc-wood crafts.use-power-tools
kitchen-fitter | 7522 | Køkkenmontør | Kitchen fitter | Montør køkken og bad;Køkkensnedker | Kitchen installer | crafts.kitchen-fitting crafts.carpentry crafts.use-power-tools building.measuring
wood-machinist | 7523 | Træindustrioperatør | Woodworking machine operator | CNC-operatør træ;Maskinsnedker | Wood machinist | crafts.cnc-wood production.wood-industry production.machine-operation production.quality-control
tailor | 7531 | Skrædder | Tailor | Dameskrædder;Herreskrædder;Skræddersvend | Dressmaker | laundry.tailoring laundry.sewing-mending engineering.fashion-design general.precision
alterations-tailor | 7531 | Systue-medarbejder | Alterations worker | Tøjreparatør;Ændringsskrædder | Clothes repairer | laundry.tailoring laundry.textile-repair laundry.sewing-mending retail.customer-advice
industrial-sewer | 7533 | Industrisyerske | Industrial sewing machinist | Maskinsyerske;Syer;Tekstilsyer | Garment machinist | crafts.sewing-machine laundry.sewing-mending production.assembly-line production.quality-control
shoemaker | 7536 | Skomager | Shoemaker | Skomagermester;Nøgleservice og skomager | Cobbler | crafts.shoe-repair crafts.leather general.precision retail.customer-advice
diver | 7541 | Erhvervsdykker | Commercial diver | Dykker;Havnedykker | Diver | transport.port-work licences.confined-space crafts.welding general.physical-stamina
quality-grader | 7543 | Kvalitetssorterer | Product grader | Sorteringskontrollant;Sorterer | Product tester | packing.quality-sorting production.quality-control general.quality-awareness production.production-recording
pest-controller | 7544 | Skadedyrsbekæmper | Pest control technician | Skadedyrstekniker;Rottefænger;Rottebekæmper;Skadedyrsbekæmpelse | Pest control officer;Exterminator;Rodent control technician | cleaning.pest-control licences.pest-control licences.chemicals-course general.driving-licence-b customer-service.information-desk
weed-controller | 7544 | Sprøjtefører | Crop sprayer operator | Ukrudtsbekæmper;Sprøjtemand | Pesticide applicator | agriculture.crop-protection licences.spraying-certificate agriculture.tractor general.safety-rules
# 81 Stationary plant and machine operators
concrete-products-operator | 8114 | Betonvareoperatør | Concrete products machine operator | Betonelementarbejder;Operatør på betonfabrik | Precast concrete operator | production.concrete-products production.machine-operation warehouse.forklift licences.crane-slinger
metal-plant-operator | 8121 | Valseværksoperatør | Metal processing plant operator | Operatør metalindustri;Ovnoperatør | Rolling mill operator | production.process-control production.machine-operation metal.foundry general.shift-work
galvaniser | 8122 | Galvanisør | Metal coating operator | Overfladebehandler;Pulverlakeringsoperatør;Forzinker | Plating operator | metal.surface-treatment metal.industrial-painting production.machine-operation licences.chemicals-course
rubber-operator | 8141 | Gummioperatør | Rubber products machine operator | Operatør gummiindustri;Vulkanisør | Rubber moulder | production.machine-operation production.injection-moulding production.quality-control production.changeover
extrusion-operator | 8142 | Ekstruderingsoperatør | Extrusion operator | Plastoperatør ekstrudering;Folieoperatør | Extruder operator | production.plastics-extrusion production.machine-operation production.changeover production.quality-control
paper-products-operator | 8143 | Papirvareoperatør | Paper products machine operator | Papoperatør;Bølgepapoperatør;Emballageoperatør | Corrugator operator | production.paper-production production.machine-operation production.changeover packing.palletising
textile-operator | 8152 | Tekstiloperatør | Textile machine operator | Væveoperatør;Strikkeoperatør | Weaving machine operator | production.textile-production production.machine-operation production.quality-control production.changeover
sewing-machine-operator | 8153 | Symaskineoperatør | Sewing machine operator | Industrisymaskineoperatør;Konfektionsarbejder | Machinist sewing | crafts.sewing-machine production.machine-operation packing.textile-assembly production.quality-control
dry-cleaner | 8157 | Renseriassistent | Dry cleaning worker | Renserimedarbejder;Rensemedarbejder | Dry cleaner | laundry.dry-cleaning laundry.iron-textiles retail.cash-register general.service-minded
slaughter-line-operator | 8160 | Slagterioperatør | Meat processing operator | Operatør på slagteri;Pakkeri på slagteri | Meat packing operative | production.meat-processing production.machine-operation kitchen.food-hygiene food.food-packing general.shift-work
fish-processing-operator | 8160 | Fiskeindustrioperatør | Fish processing operator | Fiskeindustriarbejder;Rejepiller;Fiskefiletmedarbejder | Fish factory worker | production.fish-processing food.fish-preparation kitchen.food-hygiene production.monitor-conveyor-belt
bakery-operator | 8160 | Bageri-operatør | Industrial bakery operator | Industribager;Brødfabriksoperatør | Bakery production operative | food.bakery-machines production.food-production food.dough-prep kitchen.food-hygiene production.monitor-conveyor-belt
beverage-operator | 8160 | Tappemaskineoperatør | Beverage production operator | Tappehalsoperatør;Bryggerioperatør | Bottling operator | production.beverage production.packaging-machines production.monitor-conveyor-belt production.changeover
feed-mill-operator | 8160 | Foderstofoperatør | Feed mill operator | Grovvareoperatør;Foderblander | Animal feed operative | production.feed-mill production.process-control warehouse.forklift production.traceability
pulp-operator | 8171 | Papirmaskineoperatør | Papermaking machine operator | Papirmager;Operatør på papirfabrik | Paper machine operator | production.paper-production production.process-control production.operator-maintenance general.shift-work
mineral-wool-operator | 8181 | Stenuldsoperatør | Glass and mineral wool operator | Glasuldsoperatør;Ovnoperatør glas | Insulation production operative | production.glass-production production.process-control production.machine-operation general.shift-work
boiler-operator | 8182 | Kedelpasser | Boiler operator | Fyrbøder;Kedeloperatør | Boilerman | production.process-control plumbing.boiler-service caretaker.heating-check general.shift-work
packaging-machine-operator | 8183 | Pakkemaskineoperatør | Packaging machine operator | Pakkelinjeoperatør;Flowpackoperatør;Emballeringsoperatør | Packing line operator | production.packaging-machines production.changeover production.monitor-conveyor-belt packing.palletising production.quality-control
robot-operator | 8189 | Robotoperatør | Robot operator | Robotcelleoperatør;Robotsvejseoperatør | Robotic cell operator | production.robot-operation metal.robot-welding production.changeover production.operator-maintenance
# 82 Assemblers
mechanical-assembler | 8211 | Maskinmontør | Mechanical assembler | Montagemedarbejder maskiner;Mekanisk montør | Machinery assembler | packing.small-assembly metal.technical-drawing-metal crafts.use-power-tools metal.hydraulics production.quality-control
electronics-assembler | 8212 | Elektronikmontør | Electronics assembler | Printmontør;Elektronikoperatør;Kabelmontør elektronik | Electronic equipment assembler | electrical.electronics-assembly electrical.soldering packing.cable-assembly production.quality-control
cable-assembler | 8212 | Kabelsætmontør | Cable assembler | Ledningsnetmontør | Wire harness assembler | packing.cable-assembly electrical.soldering packing.small-assembly general.precision
furniture-assembler | 8219 | Møbelmontør | Furniture assembler | Møbelsamler;Montør af møbler | Flat-pack assembler | crafts.furniture-making packing.small-assembly crafts.use-power-tools transport.removals
window-assembler | 8219 | Montør i vinduesproduktion | Window assembly worker | Produktionsmedarbejder vinduer;Montør døre og vinduer | Window factory operative | building.windows-doors production.assembly-line crafts.use-power-tools production.quality-control
# 83 Drivers and mobile plant operators
train-driver | 8311 | Lokomotivfører | Train driver | Togfører lokomotiv;S-togsfører;Metrofører | Engine driver | transport.train-driving general.safety-rules general.shift-work general.stress-tolerance
railway-worker | 8312 | Sporarbejder | Railway track worker | Banearbejder;Sporskifteoperatør;Jernbanearbejder | Track maintenance worker | building.groundwork general.safety-rules general.outdoor-work general.manual-work
removal-worker | 8322 | Flyttemand | Removal worker | Flyttearbejder;Flyttechauffør | Mover | transport.removals warehouse.load-cargo general.lifting-technique transport.secure-load licences.c1
tram-driver | 8331 | Letbanefører | Tram driver | Sporvognsfører;Letbanechauffør | Light rail driver | transport.train-driving transport.passenger-transport general.shift-work general.safety-rules
long-haul-driver | 8332 | Langturschauffør | Long-haul driver | Fjernchauffør;International chauffør;Chauffør CE | Trucker;Articulated lorry driver | transport.long-haul licences.ce licences.tachograph licences.eu-driver-qualification transport.secure-load
tanker-driver | 8332 | Tankvognschauffør | Tanker driver | Tankbilchauffør;ADR-chauffør | Fuel tanker driver | transport.tanker licences.adr-tank licences.ce licences.adr-basic licences.eu-driver-qualification
tipper-driver | 8332 | Vognmandschauffør | Tipper truck driver | Tipvognschauffør;Grusbilschauffør;Entreprenørchauffør | Haulage driver | transport.tipper licences.c licences.crane-lorry licences.eu-driver-qualification
refuse-truck-driver | 8332 | Skraldebilchauffør | Refuse truck driver | Renovationschauffør;Containerbilchauffør | Bin lorry driver | recycling.container-handling licences.c recycling.waste-collection licences.eu-driver-qualification
tractor-driver | 8341 | Traktorfører | Tractor driver | Maskinfører landbrug;Landbrugschauffør;Mejetærskerfører | Farm machinery operator | agriculture.tractor licences.tractor-licence agriculture.fertilising agriculture.machinery-maintenance
forestry-machine-operator | 8341 | Skovmaskinfører | Forestry machine operator | Harvesterfører;Udkørselsmaskinefører | Harvester operator | green.forestry agriculture.tractor agriculture.machinery-maintenance general.work-independently
excavator-operator | 8342 | Maskinfører | Plant operator | Gravemaskinefører;Entreprenørmaskinfører;Rendegraverfører;Dozerfører | Excavator operator;Digger driver | building.earthmoving licences.loader building.groundwork building.road-construction
crane-operator | 8343 | Kranfører | Crane operator | Mobilkranfører;Tårnkranfører;Portalkranfører | Crane driver | licences.crane-b licences.crane-tower licences.crane-slinger general.safety-rules
lorry-crane-operator | 8343 | Kranbilchauffør | Lorry crane operator | Kranvognschauffør;Hiab-chauffør | Loader crane operator | licences.crane-lorry licences.c transport.secure-load licences.crane-slinger
telehandler-operator | 8344 | Teleskoplæsserfører | Telehandler operator | Teleskoplæsseroperatør | Telehandler driver | licences.telehandler building.site-materials agriculture.farm-maintenance general.safety-rules
deckhand | 8350 | Matros | Deckhand | Skibsassistent;Dæksmand;Færgematros | Ship's deck crew | transport.seafaring cleaning.ship-cleaning transport.port-work general.physical-stamina
# 91 Cleaners and helpers
service-assistant | 9112 | Serviceassistent | Service assistant | Servicemedarbejder;Serviceassistent i kommune;Servicemedhjælper | Facilities assistant | cleaning.daily-cleaning kitchen.canteen-service caretaker.room-setup office.handle-mail general.service-minded
train-cleaner | 9112 | Togrengører | Train cleaner | Rengøringsassistent i tog;Busrengører;Togklargører | Carriage cleaner | cleaning.vehicle-interior cleaning.waste-emptying cleaning.toilet-cleaning general.shift-work
special-cleaner | 9129 | Specialrengøringsassistent | Specialist cleaner | Saneringsarbejder;Dødsborengøring;Skadeservicemedarbejder | Trauma cleaner | cleaning.after-death-cleaning cleaning.surface-disinfection licences.lead-paint general.safety-rules
carpet-cleaner | 9129 | Tæpperenser | Carpet cleaner | Møbelrenser;Tæpperens-medarbejder | Upholstery cleaner | cleaning.carpet-cleaning cleaning.machine-floor-cleaning general.driving-licence-b general.work-independently
high-pressure-cleaner | 9129 | Højtryksrenser | Industrial cleaning operative | Spulearbejder;Tankrenser;Industrispuler | Pressure washer operator | cleaning.high-pressure licences.confined-space cleaning.cleaning-chemicals general.safety-rules
# 92 Agricultural labourers
pig-farm-worker | 9212 | Svinepasser | Pig farm worker | Staldmedarbejder svin;Farestaldsmedarbejder | Pig stockperson | animals.pig-care agriculture.feeding-systems animals.stable-cleaning agriculture.animal-health
nursery-worker | 9214 | Planteskolemedhjælper | Nursery worker | Medhjælper i planteskole;Oppotningsmedarbejder | Plant nursery labourer | green.nursery-production green.pot-plants packing.pack-goods green.watering
forestry-labourer | 9215 | Skovmedhjælper | Forestry labourer | Plantemand;Skovarbejdsmand | Forest labourer | green.forestry agriculture.christmas-trees green.nature-management general.outdoor-work
fish-farm-labourer | 9216 | Dambrugsmedhjælper | Fish farm labourer | Medhjælper på havbrug;Fiskerimedhjælper | Aquaculture labourer | animals.fish-farming animals.animal-feeding general.outdoor-work general.manual-work
# 93 Labourers
quarry-labourer | 9311 | Grusgravsarbejder | Quarry labourer | Grusgravsmedarbejder;Råstofarbejder | Quarry worker | building.earthmoving building.groundwork general.outdoor-work general.safety-rules
road-worker | 9312 | Vejarbejder | Road worker | Vejmand;Asfaltarbejder;Asfaltør | Road maintenance worker | building.road-construction licences.road-work-safety building.paving general.outdoor-work
pipe-layer-labourer | 9312 | Rørlæggerarbejdsmand | Pipe laying labourer | Ledningsarbejder;Kloakarbejdsmand | Drainage labourer | building.pipe-laying building.groundwork plumbing.drainage general.manual-work
demolition-worker | 9313 | Nedriver | Demolition worker | Nedbrydningsarbejder;Saneringsarbejder;Asbestsanerer | Demolition operative | building.demolition licences.asbestos licences.pcb general.safety-rules
sheltered-workshop-worker | 9329 | Medarbejder i beskyttet værksted | Sheltered workshop worker | Beskyttet beskæftigelse;Værkstedsmedarbejder | Supported employment worker | packing.protective-workshop packing.small-assembly packing.counting-bagging general.routine-tasks
bike-courier | 9331 | Cykelbud | Bicycle courier | Ladcykelbud;Madbud på cykel;Budcyklist | Cycle courier;Food delivery rider | transport.cargo-bike transport.courier general.smartphone-apps general.outdoor-work
airport-baggage-handler | 9333 | Bagageportør i lufthavn | Airport baggage handler | Rampemedarbejder;Lufthavnsarbejder;Bagagemedarbejder | Ramp agent | transport.airport-ground warehouse.load-cargo general.lifting-technique general.shift-work
dock-worker | 9333 | Havnearbejder | Dock worker | Stevedore;Kajarbejder;Havneoperatør | Longshoreman | transport.port-work warehouse.container warehouse.forklift licences.crane-slinger
# 94 Food preparation assistants
salad-bar-assistant | 9412 | Salatbarassistent | Salad bar assistant | Frokostmedhjælper;Grøntmedarbejder køkken | Salad prep assistant | kitchen.salad-prep kitchen.buffet kitchen.food-hygiene kitchen.kitchen-cleaning
# 95 Street vendors
newspaper-seller | 9520 | Avissælger | Newspaper vendor | Hus forbi-sælger;Gadesælger | Street vendor | sales.market-stall general.communicate-customers general.outdoor-work retail.cash-register
# 96 Refuse and other elementary
street-sweeper | 9613 | Gadefejer | Street sweeper | Renholdelsesmedarbejder;Fejemaskinefører;Vejrenholder | Street cleaner | recycling.street-cleaning green.litter-picking caretaker.remove-snow general.outdoor-work
newspaper-carrier | 9621 | Avisbud | Newspaper carrier | Omdeler;Reklameomdeler;Morgenbud | Paper boy;Leaflet distributor | transport.parcel-delivery general.punctuality general.outdoor-work general.work-independently
meter-reader | 9623 | Måleraflæser | Meter reader | Måleraflæsningsmedarbejder;Automatpasser | Vending machine filler | caretaker.water-meter general.driving-licence-b general.work-independently general.smartphone-apps
flyer-distributor | 9629 | Plakatopsætter | Poster distributor | Plakatmand;Skiltemand | Bill poster | general.outdoor-work general.work-independently general.driving-licence-b
cloakroom-attendant | 9629 | Garderobemedarbejder | Cloakroom attendant | Garderobeassistent;Toiletvagt | Cloakroom staff | culture.event-assistance general.service-minded retail.cash-register security.access-control
# added after review: distinct titles
gastronome | 5120 | Gastronom | Gastronome | Gastronomelev;Koldkøkkenmedarbejder;Smørrebrødsgastronom | Cold kitchen cook | kitchen.cold-kitchen kitchen.sandwiches kitchen.catering kitchen.food-prep kitchen.self-check
swimming-teacher | 3423 | Svømmelærer | Swimming teacher | Svømmeinstruktør;Babysvømningsinstruktør | Swimming instructor | sports.swimming-instruction sports.lifeguarding licences.lifeguard sports.coaching-children
yoga-instructor | 3423 | Yogainstruktør | Yoga instructor | Yogalærer;Pilatesinstruktør | Yoga teacher | sports.yoga sports.fitness-instruction sports.senior-exercise general.presentation
school-substitute | 5312 | Vikar i folkeskolen | School substitute | Skolevikar;Lærervikar;Timelærer | Supply teacher | pedagogy.classroom-support education.teaching pedagogy.child-safety general.adaptability
escort-disabled | 5162 | Ledsager | Escort for people with disabilities | Handicapledsager;Ledsagerordning | Companion escort | care.escort care.companionship care.wheelchair general.driving-licence-b
vehicle-inspector | 3115 | Synstekniker | Vehicle inspector | Synsmand;Bilsynsmand | Vehicle testing technician | vehicle.vehicle-inspection vehicle.diagnostics vehicle.brakes general.quality-awareness
windscreen-fitter | 7125 | Autoglasmontør | Windscreen fitter | Rudemontør;Autoglastekniker | Vehicle glazier | vehicle.windscreen building.glazing general.driving-licence-b customer-service.booking-systems
boat-builder | 7115 | Bådebygger | Boat builder | Bådebyggersvend;Træbådebygger | Boatwright | crafts.boat-building crafts.carpentry crafts.joinery crafts.use-power-tools
composite-operator | 8142 | Kompositoperatør | Composite materials operator | Glasfiberoperatør;Vingeproduktionsmedarbejder | Fibreglass laminator | production.machine-operation licences.epoxy production.quality-control crafts.boat-building
lab-animal-technician | 5164 | Forsøgsdyrpasser | Laboratory animal technician | Dyrepasser i laboratorium;Forsøgsdyrtekniker | Animal technician | laboratory.animal-lab animals.animal-handling animals.animal-welfare laboratory.cleanroom animals.animal-feeding
security-dog-handler | 5414 | Hundefører | Security dog handler | Vagthundefører;Narkohundefører | Dog handler | animals.dog-training security.patrol-areas animals.animal-handling licences.security-guard-course
farrier | 7221 | Hovslager | Farrier | Beslagsmed;Hovsmed | Blacksmith farrier | animals.farrier animals.horse-care metal.blacksmithing animals.animal-handling
tattooist | 5142 | Tatovør | Tattoo artist | Piercer;Tatovør og piercer | Tattooist | beauty.tattoo media.illustration health-support.infection-control beauty.salon-booking
cinema-worker | 5230 | Biografmedarbejder | Cinema assistant | Biografassistent;Billetsælger i biograf | Cinema attendant | culture.cinema culture.ticket-sales retail.cash-register kitchen.hot-drinks general.service-minded
tourist-information-clerk | 4221 | Turistvejleder | Tourist information clerk | Turistinformationsmedarbejder;Turistkontormedarbejder | Visitor centre assistant | hotel.tourist-information customer-service.information-desk general.english languages.swedish
sewer-service-worker | 7126 | Kloakservicemedarbejder | Sewer service worker | Slamsugerchauffør;Kloakspuler | Drain cleaning operative | plumbing.sewer-inspection plumbing.drainage cleaning.high-pressure licences.c
watchmaker | 7311 | Urmager | Watchmaker | Urmagersvend;Urreparatør | Watch repairer | crafts.watch-repair retail.jewellery general.precision retail.customer-advice
locksmith | 7222 | Låsesmed | Locksmith | Låsetekniker;Nøglesmed | Lock technician | metal.locksmithing crafts.shoe-repair caretaker.locks-doors electrical.security-systems
assistive-devices-technician | 7234 | Hjælpemiddeltekniker | Assistive devices technician | Hjælpemiddelmontør;Depotmedarbejder hjælpemidler;Kørestolsmekaniker | Wheelchair technician | health-support.assistive-devices hospital.equipment-cleaning crafts.bicycle-repair general.driving-licence-b care.wheelchair
food-inspector | 3257 | Fødevarekontrollant | Food safety inspector | Fødevareinspektør;Tilsynsførende fødevarer | Food inspector | laboratory.food-analysis kitchen.self-check public-admin.casework-law licences.haccp
"""
