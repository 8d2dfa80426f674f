#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import HTTPServer

/// Finds and reads files under the Public folder, refusing anything that resolves outside it.
struct StaticFileLoader: Sendable {
    /// The folder's real path (symlinks resolved), without a trailing slash.
    let root: String
    let cacheControl: String
    let maxCachedFileSize: Int

    /// Every servable file under the root, keyed by its path relative to the root (`css/app.css`).
    /// Hidden names (starting with `.`) and directory symlinks are skipped.
    func loadAll() -> [String: StaticFile] {
        var files: [String: StaticFile] = [:]
        walk(directory: root, relative: "", into: &files)
        return files
    }

    private func walk(directory: String, relative: String, into files: inout [String: StaticFile]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let key = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(directory + "/" + name, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(directory: directory + "/" + name, relative: key, into: &files)
            } else if let file = load(key) {
                files[key] = file
            }
        }
    }

    /// Reads one file by relative key after checking its real path lies inside the root and is a
    /// regular file. Nil for anything else (missing, directory, symlink out of the folder).
    func load(_ key: String) -> StaticFile? {
        guard let (real, info) = resolve(key) else { return nil }
        let fingerprint = StaticFileLoader.fingerprint(info)
        let contentType = MediaTypes.forExtension(String(key.split(separator: ".").last ?? ""))
        let lastModifiedText = HTTPDate.format(fingerprint.seconds)

        if fingerprint.size > maxCachedFileSize {
            let etag = "\"\(String(fingerprint.size, radix: 16))-\(String(fingerprint.seconds, radix: 16))\""
            return StaticFile(
                identity: variant(
                    etag: etag, contentType: contentType, lastModified: lastModifiedText, encoding: nil, vary: false,
                    body: .file(path: real, length: Int(fingerprint.size))),
                gzip: nil, lastModified: fingerprint.seconds, fingerprint: fingerprint)
        }
        guard let bytes = try? FileIO.read(real) else { return nil }
        let tag = String(bytes.count, radix: 16) + "-" + String(ContentHash.fnv1a(bytes), radix: 16)
        var compressed: [UInt8]?
        if bytes.count >= 1024, MediaTypes.isCompressible(contentType),
            let gzipped = Gzip.compress(bytes, level: 9), gzipped.count < bytes.count
        {
            compressed = gzipped
        }
        let vary = compressed != nil
        return StaticFile(
            identity: variant(
                etag: "\"\(tag)\"", contentType: contentType, lastModified: lastModifiedText, encoding: nil,
                vary: vary, body: .bytes(bytes)),
            gzip: compressed.map {
                variant(
                    etag: "\"\(tag)-gz\"", contentType: contentType, lastModified: lastModifiedText,
                    encoding: "gzip", vary: true, body: .bytes($0))
            },
            lastModified: fingerprint.seconds, fingerprint: fingerprint)
    }

    /// The fingerprint of what is on disk now under `key`, or nil when it is no servable file.
    func currentFingerprint(_ key: String) -> FileFingerprint? {
        resolve(key).map { StaticFileLoader.fingerprint($0.1) }
    }

    /// The real path and status of a servable file: a regular file inside the root, reached
    /// through real directories only (a directory symlink is never followed, as in `loadAll`);
    /// the file itself may be a symlink to another file inside the root.
    private func resolve(_ key: String) -> (String, stat)? {
        let components = key.split(separator: "/")
        let parent = components.dropLast().reduce(root) { $0 + "/" + $1 }
        guard FileIO.resolvedPath(parent) == parent,
            let real = FileIO.resolvedPath(root + "/" + key), real.hasPrefix(root + "/"),
            let info = FileIO.status(real), (info.st_mode & S_IFMT) == S_IFREG
        else { return nil }
        return (real, info)
    }

    private func variant(
        etag: String, contentType: String, lastModified: String, encoding: String?, vary: Bool, body: ResponseBody
    ) -> StaticFile.Variant {
        var validators: HTTPHeaders = ["ETag": etag, "Last-Modified": lastModified, "Cache-Control": cacheControl]
        if vary { validators.add("Vary", "Accept-Encoding") }
        var headers: HTTPHeaders = ["Content-Type": contentType]
        for field in validators { headers.add(field.name, field.value) }
        if let encoding { headers.add("Content-Encoding", encoding) }
        return StaticFile.Variant(etag: etag, headers: headers, notModifiedHeaders: validators, body: body)
    }

    private static func fingerprint(_ info: stat) -> FileFingerprint {
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return FileFingerprint(seconds: Int64(time.tv_sec), nanoseconds: Int64(time.tv_nsec), size: Int64(info.st_size))
    }
}
