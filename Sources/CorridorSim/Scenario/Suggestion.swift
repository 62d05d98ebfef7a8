/// "Did you mean …?" for misspelt keys and ids: the closest candidate by edit distance.
package enum Suggestion {
  /// The longest word a suggestion is looked for: far longer than any key or id anyone types.
  static let maxWordLength = 64

  /// The closest candidate within an edit distance of a third of the word (at least 1), if any;
  /// ties go to the earlier candidate. Short words get few edits so that e.g. `brest` does not
  /// suggest `west`.
  ///
  /// Words longer than `maxWordLength` get no suggestion, and a candidate whose length differs
  /// by more than the limit is not compared (the distance is at least that difference): each
  /// comparison is then at most `maxWordLength`² steps, however long the file's names (D62).
  ///
  /// - Complexity: O(total length of the candidates), with a bounded table per candidate.
  package static func closest(to word: String, in candidates: [String]) -> String? {
    let length = word.count
    guard length <= maxWordLength else { return nil }
    let limit = max(1, length / 3)
    let letters = Array(word.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates where abs(candidate.count - length) <= limit {
      let distance = editDistance(letters, Array(candidate.lowercased()))
      if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
  /// neighbouring letters each cost 1 (a swap is the commonest typo: `wset` for `west`).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
