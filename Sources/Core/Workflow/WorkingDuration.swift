/// Working time as staff read it: `45 menit`, `1 jam 5 menit`, `2 hari 3 jam` (a day is 8 working hours).
package enum WorkingDuration {
    package static func text(_ minutes: Int, minutesPerDay: Int = 480) -> String {
        guard minutes > 0 else { return "0 menit" }
        let perDay = max(minutesPerDay, 1)
        let days = minutes / perDay
        let hours = (minutes % perDay) / 60
        let rest = minutes % 60
        var parts: [String] = []
        if days > 0 { parts.append("\(days) hari") }
        if hours > 0 { parts.append("\(hours) jam") }
        if rest > 0 && days == 0 { parts.append("\(rest) menit") }
        return parts.isEmpty ? "\(days) hari" : parts.joined(separator: " ")
    }
}
