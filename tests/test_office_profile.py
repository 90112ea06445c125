from desktop.services.office_profile import OfficeProfile, load_office_profile, save_office_profile
def test_profile_round_trip(db):
    with db.transaction() as s:
        assert load_office_profile(s).is_empty
        save_office_profile(s, OfficeProfile(name="Bureau", phone="+373 22 000000 "))
    with db.sessions() as s:
        p = load_office_profile(s)
    assert p.name == "Bureau" and p.phone == "+373 22 000000" and p.contact_lines() == ["+373 22 000000"]
