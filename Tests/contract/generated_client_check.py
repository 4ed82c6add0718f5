"""A Python client generated from the served spec (openapi-python-client) used as an integrator
would: for every role it lists, reads and writes every resource the role may touch and reads both
match routes. Every answer must decode into the generated models — a required key left out
raises there — and carry the status the role table promises.

    python3 generated_client_check.py CLIENT_DIR BASE_URL TOKENS_JSON

CLIENT_DIR holds the generated package `matchd_client`; TOKENS_JSON maps each role to a token
and names the demo ids the tokens are scoped to (company, citizen).
"""
import datetime
import json
import sys
import uuid

sys.path.insert(0, sys.argv[1])
base_url, setup = sys.argv[2], json.loads(sys.argv[3])

from matchd_client import AuthenticatedClient, Client  # noqa: E402
from matchd_client.api.accounts import (  # noqa: E402
    create_account, disable_account, enable_account, get_account, get_my_account, list_accounts, list_my_sessions,
    update_account, update_my_account)
from matchd_client.api.sign_in import request_sign_in_link  # noqa: E402
from matchd_client.api.citizens import (  # noqa: E402
    create_citizen, get_citizen, list_citizen_matches, list_citizens, update_citizen)
from matchd_client.api.companies import create_company, get_company, list_companies, update_company  # noqa: E402
from matchd_client.api.interests import (  # noqa: E402
    create_interest, get_interest, list_access_log, list_consents, list_interests)
from matchd_client.api.openings import (  # noqa: E402
    create_opening, get_opening, list_opening_matches, list_openings, update_opening)
from matchd_client.api.placements import (  # noqa: E402
    add_placement_progress, create_placement, get_caseload_overview, get_placement, list_placements, update_placement)
from matchd_client.api.slots import create_slot, get_slot, list_slot_matches, list_slots, update_slot  # noqa: E402
from matchd_client.api.taxonomy import (  # noqa: E402
    get_accommodation_catalogue, list_decline_reasons, list_municipalities, search_competencies, search_occupations)
from matchd_client.api.webhooks import (  # noqa: E402
    create_webhook, get_webhook, list_webhook_deliveries, list_webhooks)
from matchd_client.models import (  # noqa: E402
    AccountInput, AccountUpdate, SignInRequest, CitizenInput, CompanyInput, InterestInput, OpeningInput, PlacementInput, PlacementTerms, ProgressInput, SlotInput,
    WebhookInput)
from matchd_client.models.problem import Problem  # noqa: E402
from matchd_client.models.vacancy_status import VacancyStatus  # noqa: E402

checked = 0


def expect(label, response, *statuses):
    """The answer has one of `statuses` and decoded (a model for 2xx, a Problem otherwise)."""
    global checked
    checked += 1
    code = int(response.status_code)
    if code not in statuses:
        raise AssertionError(f"{label}: {code}, expected {statuses}: {response.content[:300]!r}")
    if response.parsed is None and code != 204:
        raise AssertionError(f"{label}: {code} did not decode into a generated model")
    if 200 <= code < 300 and isinstance(response.parsed, Problem):
        raise AssertionError(f"{label}: a 2xx decoded as a problem")
    return response.parsed


def new_cvr():
    """A CVR number no demo company has: modulus 11 with weights 2 7 6 5 4 3 2 1."""
    import random
    while True:
        digits = [random.randint(1, 9)] + [random.randint(0, 9) for _ in range(6)]
        check = (11 - sum(d * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) % 11) % 11
        if check < 10:
            return "".join(map(str, digits + [check]))


def citizen_input(**changes):
    data = {"municipalityCode": "615", "name": "Klient Testesen", "email": "klient@example.dk", "phone": "+4511223344",
            "status": "flexJobApproved", "hours": {"current": 6, "target": 12},
            "competencies": [{"code": "cleaning.daily-cleaning", "level": 2}], "jobGoals": [], "needs": [],
            "acceptedKinds": ["flexJob", "workTrial"], "location": {"lat": 55.86, "lon": 9.85}, "maxCommuteKm": 25,
            "visibleToCompanies": True}
    data.update(changes)
    return CitizenInput.from_dict(data)


def vacancy(extra):
    data = {"title": "Lagermedarbejder 12 timer", "description": "Plukning og pakning.", "occupationCode": None,
            "kind": "flexJob", "hours": {"min": 6, "max": 15},
            "competencies": [{"code": "cleaning.daily-cleaning", "level": 1, "essential": False}],
            "offers": [], "demands": [], "location": {"lat": 55.86, "lon": 9.85}, "remote": False}
    data.update(extra)
    return data


def taxonomy(client, role):
    expect(f"{role} search competencies", search_competencies.sync_detailed(client=client, q="rengøring"), 200)
    expect(f"{role} search occupations", search_occupations.sync_detailed(client=client, q="lager"), 200)
    expect(f"{role} municipalities", list_municipalities.sync_detailed(client=client), 200)
    expect(f"{role} accommodations", get_accommodation_catalogue.sync_detailed(client=client), 200)
    expect(f"{role} decline reasons", list_decline_reasons.sync_detailed(client=client), 200)


def webhooks(client, role):
    created = expect(f"{role} create webhook", create_webhook.sync_detailed(client=client, body=WebhookInput.from_dict(
        {"url": "https://hooks.example.com/matchd", "events": ["interest.created"], "description": "generated client"})), 201)
    expect(f"{role} list webhooks", list_webhooks.sync_detailed(client=client), 200)
    expect(f"{role} get webhook", get_webhook.sync_detailed(created.id, client=client), 200)
    expect(f"{role} webhook deliveries", list_webhook_deliveries.sync_detailed(created.id, client=client), 200)


def round_trip(client, role, name, get, update, input_model, record_id):
    """Read-modify-write with no modification: the record read, turned into the input model as a
    client generated from the spec does it (read-only and unknown fields ride along), and sent
    back with its ETag is unchanged but for `version` and `updatedAt`."""
    before = expect(f"{role} read {name}", get.sync_detailed(record_id, client=client), 200)
    sent = expect(f"{role} write {name} back unchanged", update.sync_detailed(
        record_id, client=client, body=input_model.from_dict(before.to_dict()), if_match=f'"{before.version}"'), 200)
    after = expect(f"{role} read {name} again", get.sync_detailed(record_id, client=client), 200)
    moved = {"version", "updatedAt"}
    changed = {key for key in set(before.to_dict()) | set(after.to_dict())
               if key not in moved and before.to_dict().get(key) != after.to_dict().get(key)}
    if changed:
        raise AssertionError(f"{role} {name}: an unchanged write changed {sorted(changed)}: "
                             f"{ {k: (before.to_dict().get(k), after.to_dict().get(k)) for k in changed} }")
    if after.version != before.version + 1 or sent.version != after.version:
        raise AssertionError(f"{role} {name}: version {before.version} -> {sent.version}/{after.version}")


def accounts(clients, company_id):
    """Accounts as each role meets them: its own (read and written back unchanged), the list
    (a citizen may not list), and an administrator's account made, read, written back, disabled
    and enabled; then a sign-in link asked for, as a browser's script would."""
    for role, client in clients.items():
        me = expect(f"{role} own account", get_my_account.sync_detailed(client=client), 200)
        expect(f"{role} own account written back", update_my_account.sync_detailed(
            client=client, body=AccountUpdate.from_dict(me.to_dict()), if_match=f'"{me.version}"'), 200)
        expect(f"{role} own sessions", list_my_sessions.sync_detailed(client=client), 200)
        expect(f"{role} list accounts", list_accounts.sync_detailed(client=client, limit=5), *((403,) if role == "citizen" else (200,)))
    admin = clients["admin"]
    made = expect("admin create account", create_account.sync_detailed(client=admin, body=AccountInput.from_dict(
        {"role": "company", "companyId": str(company_id), "name": "Kim Kontakt", "email": f"kim.{uuid.uuid4().hex[:8]}@firma.dk",
         "language": "da"})), 201)
    round_trip(admin, "admin", "account", get_account, update_account, AccountUpdate, made.id)
    expect("company reads its person", get_account.sync_detailed(made.id, client=clients["company"]), 200)
    expect("citizen reads another account", get_account.sync_detailed(made.id, client=clients["citizen"]), 404)
    expect("admin disable account", disable_account.sync_detailed(made.id, client=admin), 200)
    expect("admin enable account", enable_account.sync_detailed(made.id, client=admin), 200)
    anonymous = Client(base_url=base_url, raise_on_unexpected_status=True)
    expect("ask for a sign-in link", request_sign_in_link.sync_detailed(
        client=anonymous, body=SignInRequest.from_dict({"email": made.email})), 202)


def matches(client, role, citizen_id, opening_id, slot_id, allowed):
    """Both match routes (a vacancy's citizens, a citizen's vacancies): 200 where the role may, else 403/404."""
    refused = (403, 404)
    expect(f"{role} opening matches", list_opening_matches.sync_detailed(opening_id, client=client, limit=10),
           *((200,) if "vacancy" in allowed else refused))
    expect(f"{role} slot matches", list_slot_matches.sync_detailed(slot_id, client=client, limit=10),
           *((200,) if "slot" in allowed else refused))
    expect(f"{role} citizen matches", list_citizen_matches.sync_detailed(citizen_id, client=client, limit=10),
           *((200,) if "citizen" in allowed else refused))


def main():
    clients = {role: AuthenticatedClient(base_url=base_url, token=setup[role], raise_on_unexpected_status=True)
               for role in ("admin", "consultant", "company", "citizen")}
    company_id, citizen_id = uuid.UUID(setup["companyId"]), uuid.UUID(setup["citizenId"])

    # Admin: everything.
    admin = clients["admin"]
    taxonomy(admin, "admin")
    citizens = expect("admin list citizens", list_citizens.sync_detailed(client=admin, municipality_code="615", limit=5), 200)
    first = expect("admin get citizen", get_citizen.sync_detailed(citizens.items[0].id, client=admin), 200)
    expect("admin update citizen", update_citizen.sync_detailed(first.id, client=admin, body=citizen_input(name="Opdateret Borger")),
           200)
    expect("admin create citizen", create_citizen.sync_detailed(client=admin, body=citizen_input()), 201)
    companies = expect("admin list companies", list_companies.sync_detailed(client=admin, limit=5), 200)
    company = expect("admin get company", get_company.sync_detailed(companies.items[0].id, client=admin), 200)
    company_input = {"cvr": company.cvr, "name": company.name + " A/S", "industry": company.industry,
                     "municipalityCode": company.municipality_code, "location": company.location.to_dict(),
                     "contactEmail": "hr@example.dk"}
    expect("admin update company", update_company.sync_detailed(company.id, client=admin,
                                                                 body=CompanyInput.from_dict(company_input)), 200)
    expect("admin create company", create_company.sync_detailed(client=admin, body=CompanyInput.from_dict(
        {**company_input, "cvr": new_cvr(), "name": "Generated Client ApS"})), 201)
    openings = expect("admin list openings", list_openings.sync_detailed(client=admin, status=VacancyStatus.OPEN, limit=5), 200)
    opening = expect("admin get opening", get_opening.sync_detailed(openings.items[0].id, client=admin), 200)
    expect("admin update opening", update_opening.sync_detailed(opening.id, client=admin, body=OpeningInput.from_dict(
        vacancy({"title": opening.title}))), 200)
    expect("admin create opening", create_opening.sync_detailed(company_id, client=admin,
                                                                body=OpeningInput.from_dict(vacancy({}))), 201)
    slots = expect("admin list slots", list_slots.sync_detailed(client=admin, limit=5), 200)
    slot = expect("admin get slot", get_slot.sync_detailed(slots.items[0].id, client=admin), 200)
    expect("admin update slot", update_slot.sync_detailed(slot.id, client=admin, body=SlotInput.from_dict(
        vacancy({"title": slot.title, "capacity": slot.capacity, "occupiedOutside": 0, "kind": "workTrial"}))), 200)
    expect("admin create slot", create_slot.sync_detailed(slot.company_id, client=admin, body=SlotInput.from_dict(
        vacancy({"capacity": 3, "occupiedOutside": 0, "kind": "workTrial"}))), 201)
    round_trip(admin, "admin", "citizen", get_citizen, update_citizen, CitizenInput, first.id)
    round_trip(admin, "admin", "company", get_company, update_company, CompanyInput, company.id)
    round_trip(admin, "admin", "opening", get_opening, update_opening, OpeningInput, opening.id)
    round_trip(admin, "admin", "slot", get_slot, update_slot, SlotInput, slot.id)
    matches(admin, "admin", citizen_id, opening.id, slot.id, {"vacancy", "slot", "citizen"})
    webhooks(admin, "admin")
    expect("admin list interests", list_interests.sync_detailed(client=admin), 200)
    placements = expect("admin list placements", list_placements.sync_detailed(client=admin), 200)
    if placements.items:
        expect("admin get placement", get_placement.sync_detailed(placements.items[0].id, client=admin), 200)
    expect("admin overview", get_caseload_overview.sync_detailed("615", client=admin), 200)

    # Consultant of Horsens (615): the municipality's citizens, proposals, placements, overview.
    consultant = clients["consultant"]
    taxonomy(consultant, "consultant")
    expect("consultant list citizens", list_citizens.sync_detailed(client=consultant, limit=5), 200)
    mine = expect("consultant get citizen", get_citizen.sync_detailed(citizen_id, client=consultant), 200)
    expect("consultant update citizen", update_citizen.sync_detailed(
        citizen_id, client=consultant, body=citizen_input(name=mine.name, hours={"current": 6, "target": 14})), 200)
    expect("consultant create citizen", create_citizen.sync_detailed(client=consultant, body=citizen_input(name="Ny Borger")), 201)
    expect("consultant list openings", list_openings.sync_detailed(client=consultant, limit=5), 200)
    expect("consultant get opening", get_opening.sync_detailed(opening.id, client=consultant), 200)
    matches(consultant, "consultant", citizen_id, opening.id, slot.id, {"vacancy", "slot", "citizen"})
    own_matches = expect("consultant citizen matches", list_citizen_matches.sync_detailed(citizen_id, client=consultant), 200)
    if own_matches.items:
        proposal = expect("consultant propose", create_interest.sync_detailed(client=consultant, body=InterestInput.from_dict(
            {"citizenId": str(citizen_id), "vacancyId": str(own_matches.items[0].vacancy_id), "message": "Et forslag"})),
            201, 409, 429)
        if not isinstance(proposal, Problem):
            expect("consultant get interest", get_interest.sync_detailed(proposal.id, client=consultant), 200)
    expect("consultant list interests", list_interests.sync_detailed(client=consultant), 200)
    placed = expect("consultant create placement", create_placement.sync_detailed(client=consultant, body=PlacementInput.from_dict(
        {"citizenId": str(citizen_id), "vacancyId": str(opening.id), "kind": "flexJob",
         "startDate": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(), "agreedHours": 6})),
        201, 409)
    if isinstance(placed, Problem):
        placed = expect("consultant create placement in a slot", create_placement.sync_detailed(
            client=consultant, body=PlacementInput.from_dict(
                {"citizenId": str(citizen_id), "vacancyId": str(slot.id), "kind": "workTrial",
                 "startDate": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
                 "plannedEnd": (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=30))
                 .replace(microsecond=0).isoformat(), "agreedHours": 6})), 201, 409)
    if not isinstance(placed, Problem):
        expect("consultant get placement", get_placement.sync_detailed(placed.id, client=consultant), 200)
        round_trip(consultant, "consultant", "placement", get_placement, update_placement, PlacementTerms, placed.id)
        # A slot with an active placement: what is read (occupied = outside + placements) writes back unchanged.
        round_trip(admin, "admin", "slot with a placement", get_slot, update_slot, SlotInput, slot.id)
        expect("consultant progress", add_placement_progress.sync_detailed(placed.id, client=consultant, body=ProgressInput.from_dict(
            {"date": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
             "weeklyHours": 8, "paidHours": 8, "note": "Godt i gang"})), 200)
    expect("consultant list placements", list_placements.sync_detailed(client=consultant), 200)
    expect("consultant overview", get_caseload_overview.sync_detailed("615", client=consultant), 200)
    webhooks(consultant, "consultant")

    # Company: its own openings and slots, pseudonymous matches, no citizen lists.
    company_client = clients["company"]
    taxonomy(company_client, "company")
    expect("company list citizens", list_citizens.sync_detailed(client=company_client), 403)
    expect("company get company", get_company.sync_detailed(company_id, client=company_client), 200)
    own = expect("company list openings", list_openings.sync_detailed(client=company_client, company_id=company_id), 200)
    created = expect("company create opening", create_opening.sync_detailed(
        company_id, client=company_client, body=OpeningInput.from_dict(vacancy({"title": "Pakkemedarbejder"}))), 201)
    expect("company update opening", update_opening.sync_detailed(created.id, client=company_client, body=OpeningInput.from_dict(
        vacancy({"title": "Pakkemedarbejder, 10 timer"}))), 200)
    expect("company get opening", get_opening.sync_detailed(created.id, client=company_client), 200)
    expect("company list slots", list_slots.sync_detailed(client=company_client), 200)
    own_opening = own.items[0].id if own.items else created.id
    matches(company_client, "company", citizen_id, own_opening, slot.id,
            {"vacancy"} | ({"slot"} if slot.company_id == company_id else set()))
    expect("company list interests", list_interests.sync_detailed(client=company_client), 200)
    expect("company list placements", list_placements.sync_detailed(client=company_client), 200)
    webhooks(company_client, "company")

    # Citizen: the own profile, own matches, interests, consents and access log.
    citizen = clients["citizen"]
    taxonomy(citizen, "citizen")
    profile = expect("citizen get own profile", get_citizen.sync_detailed(citizen_id, client=citizen), 200)
    expect("citizen update own profile", update_citizen.sync_detailed(
        citizen_id, client=citizen, body=citizen_input(name=profile.name, hours={"current": 6, "target": 15})), 200)
    expect("citizen list openings", list_openings.sync_detailed(client=citizen, limit=5), 200)
    matches(citizen, "citizen", citizen_id, opening.id, slot.id, {"citizen"})
    expect("citizen list interests", list_interests.sync_detailed(client=citizen), 200)
    expect("citizen consents", list_consents.sync_detailed(citizen_id, client=citizen), 200)
    expect("citizen access log", list_access_log.sync_detailed(citizen_id, client=citizen), 200)
    expect("citizen list placements", list_placements.sync_detailed(client=citizen), 200)
    webhooks(citizen, "citizen")

    accounts(clients, company_id)

    print(f"generated-client check: {checked} calls as admin, consultant, company and citizen decoded as the spec says")


main()
