"""Duplicates: exact copies and lightly edited syndicated copies across outlets and runs."""

from datasketch import MinHashLSH

from pipelines.dedup import DuplicateIndex, SQLiteSignatureStore
from pipelines.record import new_record

STORY = (
    "Pemerintah Kabupaten Kotawaringin Timur menetapkan status tanggap darurat banjir setelah hujan deras "
    "mengguyur wilayah itu selama tiga hari berturut-turut. Bupati mengatakan sedikitnya 1.200 rumah di "
    "enam kecamatan terendam dengan ketinggian air mencapai satu meter.\n\n"
    "Badan Penanggulangan Bencana Daerah mendirikan posko pengungsian di halaman kantor kecamatan dan "
    "menyalurkan bantuan makanan siap saji, selimut, serta obat-obatan kepada warga terdampak. Petugas "
    "gabungan juga mengevakuasi warga lanjut usia menggunakan perahu karet.\n\n"
    "Kepala pelaksana BPBD meminta warga yang tinggal di bantaran sungai tetap waspada karena debit air "
    "Sungai Mentaya diperkirakan masih naik hingga akhir pekan. Ia juga mengimbau masyarakat tidak "
    "memaksakan diri melintasi jalan yang tergenang."
)
OTHER = (
    "Harga cabai rawit di Pasar Besar Palangka Raya melonjak hingga Rp90.000 per kilogram menjelang "
    "Ramadan. Pedagang menyebut pasokan dari Jawa berkurang karena cuaca buruk mengganggu pengiriman.\n\n"
    "Dinas Perdagangan setempat berencana menggelar operasi pasar murah di lima titik untuk menekan harga. "
    "Warga diminta tidak memborong bahan pokok agar stok tetap cukup sampai hari raya.\n\n"
    "Selain cabai, harga bawang merah dan telur ayam ras juga terpantau naik tipis dibanding pekan lalu, "
    "sementara harga beras medium masih stabil di kisaran Rp13.000 per kilogram."
)


def rec(site: str, slug: str, body: str):
    return new_record(f"https://{site}/berita/{slug}", title=slug, body=body, outlet=site)


def index(tmp_path, **kw) -> DuplicateIndex:
    return DuplicateIndex(SQLiteSignatureStore.in_data_dir(tmp_path), **kw)


def test_exact_copy_on_another_outlet_points_at_the_first_sighting(tmp_path):
    idx = index(tmp_path)
    first, copy = rec("kaltengpos.example", "banjir", STORY), rec("borneonews.example", "banjir-kotim", STORY)
    assert idx.check(first) is None
    assert idx.check(copy) == first["id"]


def test_syndicated_copy_with_new_dateline_and_trimmed_ending_is_a_near_duplicate(tmp_path):
    idx = index(tmp_path)
    first = rec("kaltengpos.example", "banjir", STORY)
    edited = ("SAMPIT, BORNEONEWS - " + STORY.replace("sedikitnya 1.200 rumah", "lebih dari 1.200 rumah")
              .rsplit(" Ia juga", 1)[0] + "\n\n(ant/dar)")
    copy = rec("borneonews.example", "banjir-kotim", edited)
    assert copy["content_hash"] != first["content_hash"]
    assert idx.check(first) is None
    assert idx.check(copy) == first["id"]


def test_different_stories_are_not_duplicates(tmp_path):
    idx = index(tmp_path)
    assert idx.check(rec("kaltengpos.example", "banjir", STORY)) is None
    assert idx.check(rec("kaltengpos.example", "cabai", OTHER)) is None


def test_new_version_of_an_article_is_not_a_duplicate_of_itself(tmp_path):
    idx = index(tmp_path)
    first = rec("kaltengpos.example", "banjir", STORY)
    idx.check(first)
    idx.commit([first])
    update = rec("kaltengpos.example", "banjir", STORY + "\n\nPembaruan: air mulai surut pada Senin sore.")
    assert idx.check(update) is None
    assert idx.check(rec("kaltengpos.example", "banjir", STORY)) is None


def test_first_sightings_persist_across_runs_and_rebuild_the_lsh(tmp_path):
    idx = index(tmp_path)
    first = rec("kaltengpos.example", "banjir", STORY)
    idx.check(first)
    idx.commit([first])
    idx.close()
    later = index(tmp_path)  # a new run: in-memory LSH rebuilt from the state database
    assert first["id"] in later.lsh
    edited = STORY.replace("tiga hari", "empat hari").replace("enam kecamatan", "tujuh kecamatan")
    assert later.check(rec("borneonews.example", "banjir-kotim", edited)) == first["id"]
    assert later.check(rec("borneonews.example", "banjir-copy", STORY)) == first["id"]


def test_uncommitted_sightings_are_not_persisted(tmp_path):
    idx = index(tmp_path)
    idx.check(rec("kaltengpos.example", "banjir", STORY))
    idx.close()  # killed before the record was durable
    assert index(tmp_path).check(rec("borneonews.example", "banjir-kotim", STORY)) is None


def test_copies_are_never_indexed_so_every_copy_points_at_the_original(tmp_path):
    idx = index(tmp_path)
    first = rec("a.example", "x", STORY)
    idx.check(first)
    second = rec("b.example", "y", STORY)
    second["duplicate_of"] = idx.check(second)
    idx.commit([first, second])
    assert second["id"] not in idx.lsh
    assert idx.check(rec("c.example", "z", STORY)) == first["id"]


def test_short_bodies_match_exactly_only(tmp_path):
    idx = index(tmp_path)
    short = "Gempa magnitudo 4,1 guncang Palu. Tidak berpotensi tsunami."
    assert idx.check(rec("a.example", "gempa", short)) is None
    assert idx.check(rec("b.example", "gempa", short + " Warga tenang.")) is None
    assert idx.check(rec("c.example", "gempa", short)) is not None


def test_lsh_is_injected_and_can_be_kept_elsewhere(tmp_path):
    lsh = MinHashLSH(threshold=0.7, num_perm=128)
    idx = index(tmp_path, lsh=lsh, rebuild=False)
    first = rec("a.example", "x", STORY)
    idx.check(first)
    assert first["id"] in lsh


def test_minhash_computed_in_the_extraction_process_is_used_and_taken_off_the_record(tmp_path):
    from pipelines.dedup import HASHVALUES_KEY, minhash_values

    idx = index(tmp_path)
    first = rec("kaltengpos.example", "banjir", STORY)
    assert (idx.signature(dict(first)).hashvalues == minhash_values(STORY)).all()
    edited = STORY.replace("Bupati mengatakan", "Bupati Halikinnor mengatakan")
    copy = rec("borneonews.example", "banjir-kotim", edited)
    first[HASHVALUES_KEY], copy[HASHVALUES_KEY] = minhash_values(STORY), minhash_values(edited)
    exact = rec("antara.example", "banjir-sampit", STORY)
    exact[HASHVALUES_KEY] = minhash_values(STORY)
    assert idx.check(first) is None and idx.check(copy) == first["id"] and idx.check(exact) == first["id"]
    assert HASHVALUES_KEY not in first and HASHVALUES_KEY not in copy and HASHVALUES_KEY not in exact
    assert minhash_values("terlalu pendek") is None
