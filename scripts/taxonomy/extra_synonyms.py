"""Synonyms appended to entries that existed before the extension: code -> (Danish, English)."""

COMPETENCIES = {
    "general.driving-licence-b": (["Kørekort kategori B", "Almindeligt kørekort"], ["Driving licence", "Driver's licence B"]),
    "general.computer-basics": (["IT-kendskab"], ["Basic IT skills"]),
    "care.patient-transfer": (["Personløft", "Forflytningsteknik med lift"], ["Moving and handling", "Patient lifting"]),
    "care.personal-care": ([], ["Personal care for elderly"]),
    "care.home-help": ([], ["Elder care at home"]),
    "office.reception": (["Receptionist"], ["Receptionist work"]),
    "animals.animal-feeding": ([], ["Animal handling and feeding"]),
    "crafts.plumbing-basic": (["VVS-arbejde"], ["Plumbing"]),
    "transport.drive-vehicles": (["Kørsel som chauffør"], ["Professional driving"]),
}

OCCUPATIONS = {
    "home-carer": (["Hjemmehjælp"], ["Elder care worker", "Care worker"]),
    "care-helper": (["Plejehjælper"], ["Care worker", "Elder care worker"]),
    "warehouse-worker": (["Logistikmedarbejder", "Lagerarbejdsmand"], ["Warehouse associate"]),
    "forklift-driver": (["Truckfører med certifikat"], ["Fork lift operator"]),
    "childcare-assistant": (["Pædagogmedarbejder"], ["Childcare assistant", "Pedagogue assistant"]),
    "hospital-porter": (["Sygehusportør"], ["Hospital orderly"]),
    "delivery-driver": (["Chauffør B"], ["Courier driver"]),
    "animal-caretaker": (["Dyrepasser i dyrehandel"], ["Animal keeper"]),
    "cleaning-assistant": (["Rengøringsassistent i erhverv"], ["Janitorial worker"]),
    "handyman": (["Handyman"], []),
}
