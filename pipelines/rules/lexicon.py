"""Boilerplate knowledge as data: the phrase lists and patterns the rules read.

Every table is named for the class it serves (see ``../shared/taxonomy/TAXONOMY.md``). Rules never
spell phrases inline; to teach the cleaner a new outlet's wording, add it here and a test beside
the rule. Patterns are anchored to whole lines unless their name says otherwise.
"""

from __future__ import annotations

import re

I = re.IGNORECASE  # noqa: E741 - the flag's conventional short name

# --- dates (class 24) -------------------------------------------------------------------------

WEEKDAY = (r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday"
           r"|Friday|Saturday|Sunday)")
MONTH = (r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November"
         r"|Nopember|Desember|January|February|March|May|June|July|August|October|December"
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Aug|Sep|Sept|Okt|Oct|Nov|Des|Dec)\.?")
_DAY_DATE = (rf"(?:\d{{1,2}}\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
             r"|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})")
_TIME = r"\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT|WP|Wib|Wita))?"

#: A line that is only a date, optionally with weekday, time, region label or view counter
#: ("Jumat, November 22, 2024", "Kamis, 08 Juli 2021 - 20:31:44", "Jawa Barat | Jumat, 20 Februari
#: 2026", "- Jumat, 20 Oktober 2023 | 14:09 WIB", "Minggu, 29 Agustus 2021 | 1.774 views").
DATE_ONLY_LINE = re.compile(
    rf"^\s*[-–|]?\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}\s*[|,-]\s*)?(?:{WEEKDAY}\s*,?\s*)?{_DAY_DATE}"
    rf"(?:\s*[-–|,]?\s*(?:pukul\s*)?{_TIME})?(?:\s*\|\s*[\d.,]+\s*(?:views?|kali dibaca|dilihat))?\s*$", I)
#: Outlet + numeric date + time under a title ("Kompas.com - 23/06/2021, 05:30 WIB").
OUTLET_DATE_LINE = re.compile(
    rf"^\s*[\w.-]+\.(?:com|id|co\.id|co|net)\s*[-–|]\s*{_DAY_DATE},?\s*{_TIME}\s*$", I)
#: Metadata leaked as text at the very start (" date 2023-08-15", " date 2021-11").
META_DATE_LEAK = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b\s*")

# --- weather / today bar (class 1) ------------------------------------------------------------

TEMPERATURE_LINE = re.compile(r"^\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\s*$")
#: A bare place name next to a temperature: 1-3 capitalised words, nothing else.
PLACE_LINE = re.compile(r"^\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*$")

# --- navigation, menus, rubric labels (class 2) -----------------------------------------------

MENU_WORDS = frozenset(w.casefold() for w in (
    "home", "beranda", "berita", "lokal", "news", "nasional", "daerah", "regional", "metro", "politik",
    "ekonomi", "olahraga", "hukum", "technology", "teknologi", "tag", "tags", "kategori", "select menu",
    "favourite", "search", "cari", "menu", "headline", "headlines", "index", "indeks", "opini",
    "internasional", "bisnis", "hiburan", "lifestyle", "gaya hidup", "kesehatan", "pendidikan",
    "video", "foto", "galeri", "»", "›", ">", "/", "|",
))
NAVIGATION_LINE = re.compile(
    r"^\s*(?:Tampilkan (?:postingan|semua postingan)\b.*|Showing posts (?:from|with label)\b.*"
    r"|Arsip Tag\s*:.*|Arsip Kategori\s*:.*|Semua Berita Tagg?ing\b.*|Kategori\s*:.{0,60}"
    r"|Top yang sering dicari\s*:?|Select Menu|Back to top( button)?|Connect with us|Hot Posts"
    r"|Skip to (?:content|main content)|Toggle navigation|Ringkasan Berita\s*:?|Home\s*[»›/>].*"
    r"|Home Blog Page \d+)\s*$", I)
#: Search-autocomplete junk ("1. #Di").
AUTOCOMPLETE_ITEM = re.compile(r"^\s*\d+\.\s*#\S+\s*$")

# --- related-link inserts (class 4) -----------------------------------------------------------

#: "Baca juga: <headline>", "Baca Juga :  <headline>", "baca juga: ...", "Baca: ...", "Simak juga: ...".
RELATED_MARKER = re.compile(
    r"^\s*[\[(]?\s*(?P<marker>baca\s+juga|baca\s+selengkapnya|simak\s+juga|lihat\s+juga|berita\s+terkait"
    r"|artikel\s+terkait|read\s+also|baca)\s*(?P<colon>[:：])?\s*[\])]?\s*(?P<headline>.*)$", I)
#: The same marker in the middle of a flattened paragraph (after a sentence end).
RELATED_MARKER_INLINE = re.compile(r"(?<=[.!?”\"])\s+Baca\s+[Jj]uga\s*:\s*", 0)
#: Where the article's next sentence starts after a flattened headline: a quotation mark, a time or
#: place clause ("Sekitar pukul", "Pada Senin (3/2)"), or a word that only opens a sentence.
CLAUSE_START = re.compile(
    r"(?<=\s)(?:[\"“](?=[A-Z])|(?:Sementara(?: itu)?|Menurut|Adapun|Namun|Kemudian|Sebelumnya|Selain itu"
    r"|Diketahui|Sedangkan|Selanjutnya|Setelah itu|Hingga kini|Saat ini|Dalam kesempatan|Ia|Dia|Mereka"
    r"|Kami|Hal ini|Hal itu|Oleh karena itu|Dikatakan|Dijelaskan|Lebih lanjut)\b(?=[ ,])"
    rf"|[A-Z][a-z]+\s+(?:pukul\b|sekitar pukul\b|{WEEKDAY}\s*\(|\(\d))")
#: Headings that open a block of related headlines.
RELATED_BLOCK_HEADING = re.compile(
    r"^\s*(?:Artikel Terkait|Berita Terkait|Bacaan Lainnya|Pos terkait|Related Posts?|Baca Juga"
    r"|Berita Lainnya|Artikel Lainnya|Lihat Juga|Simak Juga|Baca Berita Lainnya)\s*:?\s*$", I)
#: Link-text CTAs that point at another article ("Selengkapnya baca di sini", "Read More »").
RELATED_LINK_CTA = re.compile(
    r"^\s*(?:(?:KLIK\s+)?(?:Berita\s+)?(?:Baca|Simak)?\s*(?:Berita\s+)?Selengkapnya\b.{0,40}"
    r"(?:di\s*sini|disini|berikut|di)\W*|Read [Mm]ore\s*»?"
    r"|Artikel ini (?:telah )?(?:tayang|naik|terbit|dipublikasikan) di\b.{0,80}(?:di\s*sini|disini"
    r"|dengan judul\b.*)\W*|Lanjutkan membaca\b.*"
    r"|Baca selengkapnya\W*)\s*$", I)
#: "Read More »Next headline" glued (teaser lists).
READ_MORE_GLUED = re.compile(r"^\s*Read More\s*»\s*(?P<headline>.*)$", I)
LOADING_LINE = re.compile(r"^\s*(?:loading|memuat)\s*(?:…|\.\.\.)?\s*$", I)

# --- advertisement markers (class 5) ----------------------------------------------------------

AD_LINE = re.compile(
    r"^\s*[-~–—]*\s*(?:Advertisements?|ADVERTISEMENT|Iklan|Sponsored|Close Ads|A D V E R T O R I A L"
    r"|SCROLL TO (?:CONTINUE|RESUME) WITH CONTENT|SCROLL TO RESUME CONTENT|SCROLL TO CONTINUE"
    r"|Mobile|Advertisement\s*-?\s*Scroll to continue|Konten Iklan|Iklan Terpopuler)"
    r"\s*[-~–—]*\s*(?:spot_img)?\s*$")
AD_TOKEN_LINE = re.compile(r"^\s*(?:adv|mg\d|vidstr|ads?|spot_img)\s*$", I)
AD_ANYWHERE = re.compile(r"-spot_img\b|^\s*Baca berita tanpa iklan\.", I)

# --- calls to action (class 9, 10) ------------------------------------------------------------

#: Follow/subscribe/app/newsletter prompts (imperative, second person).
FOLLOW_CTA = re.compile(
    r"^\s*(?:[*•]\s*)?(?:.{0,60}\b(?:Google News|Channel WhatsApp|saluran WhatsApp|WA Channel"
    r"|WhatsApp Channel"
    r"|Telegram Channel|kanal Telegram|Channel Telegram)\b.*"
    r"|(?:Ikuti|Follow)\s+(?:kami|kanal|saluran|akun|berita|us)\b.{0,80}|Ikuti Kami|Subscribe\b.{0,60}"
    r"|Subcribe\b.{0,60}|Dapatkan (?:informasi|update|berita)\b.{0,100}|Daftarkan email|Download aplikasi\b.*"
    r"|Unduh aplikasi\b.*|Gabung\b.{0,40}\+|Login untuk\b.*|Masuk untuk\b.*"
    r"|.{0,80}\b(?:silakan|silahkan|hubungi|kirim)\b.{0,40}\bWhatsApp\b.{0,30}\bnomor\b.*"
    r"|Yuk,? (?:gabung|ikuti|follow)\b.*"
    r"|Berlangganan (?:newsletter|sekarang)\b.*|Dukung keberlanjutan jurnalisme\b.*"
    r"|KOMPAS\.com berkomitmen\b.*)\s*$", I)
#: Video prompts ("Simak Video ...", "Saksikan juga video pilihan berikut ini ...").
VIDEO_CTA = re.compile(
    r"^\s*(?:(?:Simak|Saksikan|Tonton|Lihat)\s+(?:juga\s+)?(?:video|tayangan)\b.{0,160}"
    r"|(?:Simak|Saksikan|Tonton)\s+(?:dan|&)\s+(?:Simak|Saksikan|Tonton)\b.{0,160}"
    r"|Simak selengkapnya dalam video\b.*|Selengkapnya,? saksikan dalam video\b.*|Tonton juga\b.{0,120}"
    r"|Video selanjutnya|Autoplay|Kembali ke video\.*|Lihat Video\s*:.*|Simak juga video\b.*"
    r"|Saksikan video pilihan\b.*|Saksikan tayangan video\b.*)\s*$", I)
#: Share buttons and other widget words, as whole lines.
SHARE_UI_LINE = re.compile(
    r"^\s*[•·*]?\s*(?:Bagikan|Share|Tweet|Whatsapp|WhatsApp|Facebook|Twitter|X|Telegram|Line|Salin link"
    r"|Copy link|Copy Link|Print|Cetak|Komentar|Laporkan|Sukses|search|Email|Pinterest|LinkedIn|A|AA"
    r"|Aa|/|-->|\||•|·|\d+\s+menit\s+baca|·\s*\d+\s+menit\s+baca|[\d.,]+\s+(?:Views?|kali dibaca|dilihat)"
    r"|Logo\b.{0,40}|Dengarkan(?: berita ini)?|Font\s*:?)\s*$")
BARE_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", I)
#: Reporting verbs: a sentence with one is reported speech, never a CTA.
REPORTING_VERB = re.compile(
    r"\b(?:(?:kata|ujar|ungkap|jelas|tutur|ucap|sebut|imbau|pinta)(?:nya)?|tegasnya)\b", I)

# --- bylines and credits (class 7) ------------------------------------------------------------

BYLINE_LABEL = re.compile(
    r"^\s*(?P<label>Penulis Naskah|Video Editor|Editor|Penulis|Reporter|Pewarta|Kontributor|Produser"
    r"|Narator|Penyunting|Redaktur|Peliput|Fotografer|Sumber|Musik|Wartawan|Jurnalis|Author|Written By"
    r"|Posted by|Ditulis oleh|Editing|Penerjemah)\b\s*(?P<colon>[:：])?\s*(?P<value>.{0,160})$", I)
AUTHOR_LABELS = frozenset({"penulis", "reporter", "pewarta", "kontributor", "peliput", "wartawan", "jurnalis",
                           "author", "written by", "posted by", "ditulis oleh"})
EDITOR_LABELS = frozenset({"editor", "penyunting", "redaktur", "editing"})
#: "Laporan Reporter POS-KUPANG.COM, Amar Ola Keda", "Laporan Andi Apriyadi, Wartawan Jejamo.com".
REPORT_LINE = re.compile(
    r"^\s*Laporan\s+(?:(?:reporter|wartawan|tim|kontributor)\b\s*:?\s*(?P<v1>.{0,100})"
    r"|(?P<v2>[A-Z][\w.' ]{2,40}),\s*(?:Wartawan|Reporter|Kontributor)\b.{0,60})$", I)
#: "Awaludin , Jurnalis-Selasa, 15 Agustus 2023 |15:42 WIB": name, role and date in one line.
NAME_ROLE_DATE_LINE = re.compile(
    rf"^\s*(?P<name>[A-Z][\w.' ]{{1,40}}?)\s*,\s*(?:Jurnalis|Wartawan|Reporter|Kontributor)\s*[-–,]\s*"
    rf"(?P<date>{WEEKDAY}?.{{0,50}})$")
#: Empty meta labels left when the value was an image or a script ("by", "Posted on", "Diterbitkan").
EMPTY_META_LINE = re.compile(
    r"^\s*(?:by|oleh|Posted on|Published(?: on)?|on|Diterbitkan(?: pada)?|pada|Diperbarui|Updated"
    r"|photo author|Penulis|Editor|Reporter|Sumber)\s*:?\s*$", I)
#: A table/chart label above a data credit ("Tabel 2. Luas panen padi", "Grafik: Inflasi Kalteng").
DATA_LABEL = re.compile(r"^\s*(?:Tabel|Table|Grafik|Infografis|Infografik|Diagram|Bagan|Peta|Data)\b", I)
NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*%?")
#: Closing initials at the very end of the last paragraph, after the final sentence.
CLOSING_CODE = re.compile(
    r"(?<=[.!?\"”’'])\s*\((?P<code>[a-z]{2,6}(?:\s*[/-]\s*[a-z0-9*]{1,6}){0,3}|\*{1,3}|[a-z]{1,6}/\*"
    r"|Rel|REL|rel|Ant|ANT|ant|MC\.[^()]{1,40}"
    r"|[A-Z][\w.']*(?: [A-Z][\w.']*){0,3}(?:\s*/\s*[A-Za-z][\w.' ]*){1,4}"
    r"|[A-Z][a-z][\w.']*(?: [A-Z][\w.']*){1,3}|[a-z]+(?: [a-z]+){1,2})\)"
    r"(?:\s*(?:Editor|Penulis|Reporter|Pewarta)\s*:\s*[^.]{1,60})?\s*$")
#: Closing initials standing as a paragraph of their own ("(mea/mea)", "(FHM)", "(*)").
CLOSING_CODE_LINE = re.compile(
    r"^\s*\((?P<code>[A-Za-z]{2,6}(?:\s*[/-]\s*[A-Za-z0-9*]{1,6}){0,3}|\*{1,3})\)\s*$")
#: A lone all-caps name after the last paragraph ("ASRORIE").
CAPS_NAME_LINE = re.compile(r"^\s*[A-Z][A-Z.']{2,}(?: [A-Z][A-Z.']+){0,2}\s*$")
CAPS_NAME_STOPLIST = frozenset({"PENUTUP", "CATATAN", "SELESAI", "TAMAT", "BERSAMBUNG", "ADVERTISEMENT",
                                "IKLAN"})

# --- datelines (class 8) ----------------------------------------------------------------------

#: Prefix of the first body paragraph up to the separator; analysed by ``dateline.parse``.
DATELINE_PREFIX = re.compile(
    r"^\s*(?P<pre>[^\s].{0,90}?)\s*,?\s*(?P<sep>,--|--|[-–—|:](?!\d))\s*(?=[\"“‘'A-Z0-9(])")
#: "JAMBI.Sudah", "RMOLBengkulu. Provinsi": outlet or city closed by a full stop.
DATELINE_DOT = re.compile(r"^\s*(?P<pre>[A-Z]{3,}(?: [A-Z]{3,}){0,2}|[A-Z]{2,}[a-z]\w+)\.\s*(?=[A-Z])")
#: "Liputan6.com, Jakarta Presiden ...": an outlet and a place with no separator after them.
DATELINE_NO_SEPARATOR = re.compile(
    r"^\s*(?P<outlet>[\w-]+(?:\.[A-Za-z]{2,6}){1,2}),\s*(?P<place>[A-Z][a-z]+)\s+(?=[A-Z\"“])")
#: First words of two-word place names, and second words that extend a place ("Jakarta Pusat").
PLACE_HEADS = frozenset({
    "Bandar", "Palangka", "Tanjung", "Banda", "Pangkal", "Kota", "Tanah", "Padang", "Muara", "Kuala",
    "Sungai", "Labuan", "Tamiang", "Barito", "Gunung", "Pulau", "Kepulauan", "Tebing", "Pematang", "Bukit",
    "Batu", "Lubuk", "Nusa", "Teluk"})
PLACE_TAILS = frozenset({"Pusat", "Utara", "Selatan", "Barat", "Timur", "Tengah", "Raya", "Baru", "Lama"})
DOMAIN = re.compile(r"^[\w-]+(?:\.[A-Za-z]{2,6}){1,2}$")
#: Known agencies/outlet tokens written without a domain.
AGENCY_TOKENS = frozenset(t.casefold() for t in (
    "ANTARA", "ANTARANEWS", "Jubi", "Kompas", "Tempo", "Liputan6", "Okezone", "Tribun", "detik", "VIVA",
    "MEDIA CENTER", "Reuters", "AFP", "AP", "Xinhua", "Bernama",
))
#: Words that begin a sentence, never a dateline place ("Berita Lokal, PIFA -" keeps no place).
NOT_A_PLACE = frozenset(w.casefold() for w in ("Berita", "Foto", "Video", "Laporan", "Editor", "Penulis"))

# --- captions and photo credits (class 14) ----------------------------------------------------

CAPTION_CREDIT_LINE = re.compile(
    r"^\s*(?:Keterangan foto|Foto|FOTO|foto|Photo|Ilustrasi|Illustrasi|ILUSTRASI|Dok\.?|Sumber foto)"
    r"\s*(?:[:：/]|$).{0,200}$")
#: A caption that ends with a credit in brackets: "(foto : Hiswita)", "[Foto: KITLV]", "(Ist)".
CAPTION_TRAILING_CREDIT = re.compile(
    r"(?:[(\[]\s*(?i:foto|photo|dok|ist|istimewa|ilustrasi|sumber foto)\b[^)\]]{0,60}[)\]]?"
    r"|\(\s*[A-Z][\w.]*(?:\s+[A-Za-z][\w.]*)*\s*/\s*[\w. /]+\)|\b(?i:foto)\s*:\s*[\w ./]{1,40}"
    r"|\b(?i:foto)\s+[A-Z][\w ]{1,40}/\s*\S+|\|\s*[\w .]+/[\w .]+)\s*\.?\s*$")
#: "TRIBUNPONTIANAK.CO.ID/ANESH VIDUKA", "Wahyu Susanto/Tribun Timur", "Kolase X/Y/Z".
SLASH_CREDIT_LINE = re.compile(r"^\s*(?:[A-Z][\w.&'-]*\s*){1,5}(?:/\s*(?:[A-Z][\w.&'-]*\s*){1,5}){1,3}$")
MARKDOWN_IMAGE_LINE = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*\|?|\|.*\|)\s*$")
#: An ALL-CAPS label caption: "TAWURAN WARGA - Tangkapan layar ...", "LITERASI: Tribun Manado ...".
CAPS_LABEL_CAPTION = re.compile(r"^\s*[A-Z]{3,}(?: [A-Z]{2,}){0,3}\s*(?::| - )\s*\S")
CAPTION_CONNECTORS = frozenset({"dan", "di", "ke", "dari", "bersama", "&", "serta", "yang", "saat"})

# --- pagination (class 13) --------------------------------------------------------------------

PAGINATION_LINE = re.compile(
    r"^\s*(?:Halaman\s*:?\s*(?:\d+\s*(?:/|dari)\s*\d+|(?:\d+\s*)+(?:Selanjutnya|Berikutnya)?)?"
    r"|(?:Halaman\s+)?(?:Selanjutnya|Sebelumnya|Berikutnya|Next|Prev|Previous)\s*[»›]?"
    r"|Page\s*:?\s*(?:\d+\s*)+|Anda di halaman\s*\d+\s*dari\s*\d+.*|Halaman selanjutnya\W*"
    r"|Baca\s+\S+(?:\.\.\.)?\s+(?:H\.|Halaman)\s*\d+|«?\s*(?:\d+\s+){1,8}[»›]|Load more"
    r"|Muat lebih banyak)\s*$", I)

# --- tags (class 11) --------------------------------------------------------------------------

TAGS_LINE = re.compile(
    r"^\s*(?:Tags?|TAGS?|Topik|Kata ?kunci|Keywords?|Label|Labels|Posted in)\s*:?\s*(?:.{0,200})$")
TAGS_HEADING = re.compile(
    r"^\s*(?:Tags?|TAGS?|Topik|Kata ?kunci|Keywords?|Label|Labels|Topik Terkait)\s*:?\s*$")
HASHTAG_LINE = re.compile(r"^\s*(?:#\w+[\s,]*){2,}$")
#: Tag links glued without spaces ("Banjir SamarindaAndi HarunLongsor Samarinda").
GLUED_CAMEL = re.compile(r"[a-z][A-Z]")

# --- sidebars (class 16) ----------------------------------------------------------------------

SIDEBAR_HEADING = re.compile(
    r"^\s*(?:(?:(?:Berita|Artikel|Postingan|Post|Video|Foto)\s+)?(?:Terpopuler|Terbaru|Terkini|Populer"
    r"|Pilihan|Terhangat|Terbanyak Dibaca|Paling Banyak Dibaca|Lainnya)"
    r"(?:\s+(?:Hari Ini|Minggu Ini|Pekan Ini))?"
    r"|Rekomendasi(?: untuk Anda)?|UPDATE TERBARU|Top Hari Ini|Most Popular|Trending|Pilihan Editor"
    r"|Pilihan Redaksi|News Feed|Last Update|Latest Post|Latest News|Lihat Semua\.*|Telah dibaca \d+ kali"
    r"|Editor's Pick|Recent Posts|Recommended by|Baca Berikutnya|Baca Lainnya|Berita Utama|Fokus)"
    r"\s*:?\s*$", I)

# --- comments (class 12) ----------------------------------------------------------------------

COMMENT_LINE = re.compile(
    r"^\s*(?:\d+\s*(?:Komentar|Comments?)|Tidak ada komentar|No comments:?|Post a Comment|Tiada ulasan:?"
    r"|Catat Ulasan|Comments? Off|Laporkan Komentar|Tinggalkan (?:Balasan|Komentar)|Komentar \(\d+\)"
    r"|Berkomentarlah secara bijaksana\b.*|Terima kasih\. Kami sudah menerima laporan Anda\b.*"
    r"|Alamat email Anda tidak akan dipublikasikan\b.*|KEMBALI KE ARTIKEL|Tulis komentar\b.*"
    r"|Lihat komentar\b.*|\d+\s*Tanggapan)\s*$", I)
COMMENT_COUNTER = re.compile(r"^\s*\d{1,4}\s*$")

# --- copyright and site footers (class 15) ----------------------------------------------------

COPYRIGHT_LINE = re.compile(
    r"^\s*(?:Copyright\b.*|©.*|\(c\)\s*\d{4}.*|Hak [Cc]ipta (?:dilindungi|©|\d{4}).{0,80}"
    r"|All Rights? Reserved\.?|Kantor Redaksi"
    r"|Layanan Pelanggan|Redaksi\s*\|\s*Pedoman Media Siber.*|Pedoman Media Siber|Tentang Kami"
    r"|Kebijakan Privasi"
    r"|Disclaimer|Dilarang (?:keras )?(?:mengambil|mengutip|menyalin|memperbanyak|menayangkan ulang)\b.*"
    r"|Info Iklan|Kode Etik|Susunan Redaksi)\s*$")

# --- template placeholders (class 20) ---------------------------------------------------------

TEMPLATE_LINE = re.compile(
    r"^\s*(?:\d+/(?:footer|sidebar|post)/(?:recent|random|label)|This is default featured slide \d+ title"
    r"|Go to Blogger edit html\b.*|Loading\.*|Memuat\.*|Error"
    r"|(?:Maaf,?\s*)?(?:Artikel|Berita|Halaman|Konten) yang (?:Anda )?(?:cari|dicari)\b.{0,40}"
    r"(?:tidak|belum) (?:ada|ditemukan|tersedia)\b.*"
    r"|Sil[ae]h?kan (?:kembali )?ke (?:Halaman Utama|Beranda|Home)\W*"
    r"|Halaman tidak ditemukan|404|Page not found|-{3,}|_{3,}|\*{3,}|={3,})\s*$", I)

# --- listing pages (class 22) -----------------------------------------------------------------

LISTING_URL = re.compile(
    r"/(?:tag|tags|topik|topic|category|kategori|label|search|listtag|arsip|archive|archives|kab_kota"
    r"|provinsi|indeks|index)(?:/|$|\?)|/page/\d+|_archive\.html|/\d{4}/\d{2}/?$|[?&](?:s|q|paged)=", I)
ARTICLE_ID_QUERY = re.compile(r"[?&]p=\d+")
TEASER_END = re.compile(r"(?:…|\.\.\.)\s*$")

# --- lists written by the author (never boilerplate) -----------------------------------------

#: A list item that opens with a date: "June 9 -- Venue, City", "12 Mei: Pendaftaran dibuka".
LIST_DATE_START = re.compile(rf"^\s*(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH}\b)")
