#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way railtop reads a file it was given (scenario, theme, settings): a regular file
/// of at most `maxTextFileBytes`, as UTF-8 text.
///
/// Anything else is refused with a reason before it can cost anything (D61): `/dev/zero` or
/// `/dev/urandom` would be read until memory runs out, a FIFO with no writer blocks `open`
/// forever, a directory reads as an error no one understands.
extension FileSystem {
  /// 8 MiB: a thousand times the shipped scenarios, and what bounds a document's node tree.
  public static let maxTextFileBytes = 8 * 1_048_576

  /// The text of the file at `path`, without a leading byte-order mark.
  public static func readTextFile(_ path: String) throws(Failure) -> String {
    let bytes = try readRegularFile(path, limit: maxTextFileBytes)
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      throw Failure(refusal: "is not valid UTF-8 text")
    }
    return text
  }

  /// The bytes of the regular file at `path`, refused when it is something else or longer
  /// than `limit`.
  static func readRegularFile(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
    // Looked at before it is opened, so no device or FIFO is ever opened; checked again on
    // the open descriptor, in case the path changed between the two.
    var info = stat()
    guard stat(path, &info) == 0 else { throw Failure(code: errno) }
    try checkRegular(info, limit: limit)
    // O_NONBLOCK: should a FIFO have taken the path's place, open returns at once.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw Failure(code: errno) }
    defer { close(fd) }
    guard fstat(fd, &info) == 0 else { throw Failure(code: errno) }
    try checkRegular(info, limit: limit)
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count == 0 { return bytes }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(code: errno)
      }
      // A file that grows while it is read (or reports no size, as /proc does) stops here.
      guard bytes.count + count <= limit else { throw tooLarge(limit) }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  private static func checkRegular(_ info: stat, limit: Int) throws(Failure) {
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      guard info.st_size <= limit else { throw tooLarge(limit) }
    case S_IFDIR: throw Failure(refusal: "is a directory")
    case S_IFIFO: throw Failure(refusal: "is not a regular file (a FIFO)")
    case S_IFCHR: throw Failure(refusal: "is not a regular file (a character device)")
    case S_IFBLK: throw Failure(refusal: "is not a regular file (a block device)")
    case S_IFSOCK: throw Failure(refusal: "is not a regular file (a socket)")
    default: throw Failure(refusal: "is not a regular file")
    }
  }

  private static func tooLarge(_ limit: Int) -> Failure {
    Failure(refusal: "is larger than \(limit / 1_048_576) MiB, the most railtop reads")
  }
}
