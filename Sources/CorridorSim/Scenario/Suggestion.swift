/// "Did you mean …?" for misspelt keys and ids: the closest candidate by edit distance.
enum Suggestion {
  /// The candidate within edit distance 2 (or a third of the word) of `word`, if any.
  ///
  /// - Complexity: O(candidates × word length²); fine for the tens of names in a scenario.
  static func closest(to word: String, in candidates: [String]) -> String? {
    let limit = max(2, word.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(Array(word.lowercased()), Array(candidate.lowercased()))
      if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }

  /// Levenshtein distance with one rolling row.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var diagonal = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let above = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
        diagonal = above
      }
    }
    return row[b.count]
  }
}
