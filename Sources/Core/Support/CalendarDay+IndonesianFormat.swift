extension CalendarDay {
    /// 0 = Sunday … 6 = Saturday (Sakamoto's method for the Gregorian calendar).
    package var weekdayIndex: Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// `Senin, 17 Agustus 2026`.
    package var indonesianText: String {
        "\(IndonesianFormat.dayNames[weekdayIndex]), \(day) \(IndonesianFormat.monthNames[month - 1]) \(year)"
    }
}
