import Core

/// Invented Javanese and Indonesian names for synthetic persons and padukuhan, built from
/// syllables and common given names by birth cohort. No list holds a real person's full name,
/// and nothing comes from the seeds (which name real officials).
enum SyntheticNames {
    /// A name for someone of `sex` born in `year`; `christian` gives a baptismal first name often.
    static func person(_ sex: Sex, bornIn year: Int, christian: Bool, random: inout SyntheticRandom) -> String {
        if christian, year >= 1950, random.chance(0.6) {
            let first = random.pick(sex == .male ? baptismalMale : baptismalFemale)
            return first + " " + modern(sex, bornIn: year, random: &random)
        }
        if year < 1965 { return classic(sex, random: &random) }
        return modern(sex, bornIn: year, random: &random)
    }

    /// An old-style single Javanese name (Sukiman, Wartini), sometimes with an elder's name before it.
    static func classic(_ sex: Sex, random: inout SyntheticRandom) -> String {
        let stem = random.pick(classicPrefixes) + random.pick(classicMiddles)
        let name = stem + random.pick(sex == .male ? classicMaleEndings : classicFemaleEndings)
        if sex == .male, random.chance(0.2) { return name + " " + random.pick(elderNames) }
        return name
    }

    /// A given name and a second name of the cohort of `year`.
    static func modern(_ sex: Sex, bornIn year: Int, random: inout SyntheticRandom) -> String {
        let young = year >= 1995
        let firsts = sex == .male ? (young ? youngMale : middleMale) : (young ? youngFemale : middleFemale)
        let seconds = sex == .male ? secondMale : secondFemale
        let first = random.pick(firsts)
        if random.chance(0.12) { return first }
        return first + " " + random.pick(seconds)
    }

    /// A padukuhan name (Karangrejo, Kedung Kidul).
    static func dusun(random: inout SyntheticRandom) -> String {
        let stem = random.pick(placeStems)
        if random.chance(0.25) { return stem + " " + random.pick(placeDirections) }
        return stem + random.pick(placeEndings)
    }

    /// A street or lane for the address line.
    static func street(random: inout SyntheticRandom) -> String {
        "Jl. " + random.pick(streetNames)
    }

    static let classicPrefixes = [
        "Su", "Sa", "Pa", "Wa", "Tu", "Nga", "Ka", "Ha", "Ma", "Sar", "Par", "Mu", "Wi", "Ju", "Ra",
        "Sri", "Ti", "Po", "Ru", "Da", "Ja", "Mar", "Wag", "Ku",
    ]
    static let classicMiddles = ["", "gi", "ki", "ri", "di", "mi", "ji", "ti", "ni", "si", "yo", "wi", "to", "dar"]
    static let classicMaleEndings = ["man", "yo", "no", "jo", "yono", "ran", "min", "to", "jan", "di", "mo", "yadi", "kun"]
    static let classicFemaleEndings = ["ni", "yem", "nah", "ti", "yati", "nem", "yah", "sih", "tun", "yani", "ngsih"]
    static let elderNames = ["Hadi", "Wiryo", "Sastro", "Harjo", "Atmo", "Darmo", "Karyo", "Pawiro", "Marto", "Dimejo"]

    static let middleMale = [
        "Agus", "Budi", "Eko", "Dwi", "Tri", "Joko", "Heru", "Bambang", "Wahyu", "Teguh", "Sigit", "Bayu",
        "Ari", "Hendro", "Yudi", "Dedi", "Rudi", "Anton", "Hari", "Catur", "Nanang", "Purwanto", "Supri",
        "Gunawan", "Iwan", "Danang", "Wawan", "Sugeng", "Slamet", "Tomo",
    ]
    static let middleFemale = [
        "Sri", "Endang", "Yuli", "Rina", "Dewi", "Nur", "Siti", "Retno", "Rini", "Tutik", "Wulan", "Sari",
        "Eni", "Ani", "Yanti", "Ratna", "Diah", "Ika", "Lina", "Titik", "Umi", "Winarti", "Suci", "Evi",
        "Partini", "Murni", "Heni", "Indah", "Esti", "Tri",
    ]
    static let youngMale = [
        "Rizky", "Dimas", "Aditya", "Fajar", "Bagas", "Raka", "Galih", "Arya", "Yoga", "Satria", "Bima",
        "Rafi", "Danu", "Ilham", "Reza", "Farhan", "Alif", "Naufal", "Haris", "Kevin", "Wisnu", "Rendi",
        "Gilang", "Rangga", "Zaki", "Akbar", "Fikri", "Hafiz",
    ]
    static let youngFemale = [
        "Putri", "Nadia", "Aulia", "Salsabila", "Anisa", "Dinda", "Ayu", "Rara", "Citra", "Intan", "Kirana",
        "Nabila", "Zahra", "Alya", "Tiara", "Amelia", "Nisa", "Fitri", "Laras", "Sekar", "Dhea", "Vina",
        "Keisha", "Naura", "Elsa", "Syifa", "Anggun", "Bunga",
    ]
    static let secondMale = [
        "Santoso", "Susanto", "Prasetyo", "Wibowo", "Setiawan", "Nugroho", "Purnomo", "Kurniawan",
        "Hidayat", "Saputro", "Pratama", "Saputra", "Ramadhan", "Nugraha", "Wicaksono", "Firmansyah",
        "Hartono", "Widodo", "Sutrisno", "Riyanto", "Haryanto", "Wijaya", "Mulyono", "Budiman", "Raharjo",
    ]
    static let secondFemale = [
        "Wulandari", "Rahayu", "Lestari", "Handayani", "Astuti", "Susanti", "Wahyuni", "Ningsih",
        "Pratiwi", "Rahmawati", "Safitri", "Maharani", "Anggraini", "Permatasari", "Purwanti",
        "Kusumawati", "Setyowati", "Indriani", "Utami", "Puspitasari", "Hapsari", "Nurjanah", "Mulyani",
    ]
    static let baptismalMale = [
        "Yohanes", "Antonius", "Agustinus", "Yosef", "Paulus", "Petrus", "Fransiskus", "Markus", "Stefanus", "Ignatius",
    ]
    static let baptismalFemale = [
        "Maria", "Fransiska", "Theresia", "Kristina", "Elisabeth", "Veronika", "Agnes", "Caecilia", "Margaretha", "Yohana",
    ]

    static let placeStems = [
        "Karang", "Sido", "Tegal", "Jati", "Sumber", "Kali", "Banyu", "Watu", "Sengon", "Plumbon", "Kedung",
        "Ngemplak", "Pule", "Dukuh", "Gondang", "Krajan", "Ngentak", "Blimbing", "Pucung", "Wonosari",
        "Gedong", "Kauman", "Sawah", "Bendo", "Klampok", "Ngaglik", "Jambon", "Tanjung", "Gading", "Mrisi",
    ]
    static let placeEndings = ["rejo", "mulyo", "sari", "harjo", "agung", "tirto", "kerto", "wetan", "kulon", "", "an"]
    static let placeDirections = ["Lor", "Kidul", "Wetan", "Kulon", "Tengah"]
    static let streetNames = [
        "Mawar", "Melati", "Kenanga", "Anggrek", "Flamboyan", "Sawo", "Nangka", "Manggis", "Pepaya",
        "Parangtritis", "Samas", "Imogiri", "Wates", "Bantul", "Srandakan", "Kalibayem", "Ringroad Selatan",
        "Sidomulyo", "Pemuda", "Merdeka", "Kartini", "Diponegoro", "Pendidikan", "Kebon", "Masjid", "Pasar",
    ]
}
