import Foundation
internal import ZIPFoundation

/// The one file inside a `.zip` archive, as GDELT publishes its exports (`20150218230000.export.CSV.zip`
/// holds `20150218230000.export.CSV`).
enum ZipMember {
    /// The bytes of the archive's only file (of its first file, when it holds several), at
    /// most `limit` of them; a failure names the archive.
    static func bytes(ofArchiveAt path: String, displayName: String, limit: Int) throws(LoadFailure) -> [UInt8] {
        // Read through FileInput (its messages, its limits; pipes too), then opened where it
        // lies in memory, not copied into a `Data` of its own.
        var archiveBytes = try FileInput.bytes(
            of: path, displayName: displayName, limit: limit,
            advice: "zip archives are read whole up to this fixed limit; unzip it and name the file instead")
        let result = archiveBytes.withUnsafeMutableBytes { buffer -> Result<[UInt8], LoadFailure> in
            guard let base = buffer.baseAddress else {
                return .failure(FileInput.failure(.invalid, displayName, "not a zip archive: the file is empty"))
            }
            let data = Data(bytesNoCopy: base, count: buffer.count, deallocator: .none)
            return Result { () throws(LoadFailure) in try member(of: data, displayName: displayName, limit: limit) }
        }
        return try result.get()
    }

    /// The archive's first file, from an archive that must not outlive `data`.
    private static func member(of data: Data, displayName: String, limit: Int) throws(LoadFailure) -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw FileInput.failure(.invalid, displayName, "not a zip archive that can be read: \(error)")
        }
        guard let entry = archive.first(where: { $0.type == .file }) else {
            throw FileInput.failure(.invalid, displayName, "the zip archive holds no file")
        }
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw FileInput.failure(
                .invalid, displayName,
                "the file in the zip archive is \(FileInput.byteSize(Int(clamping: entry.uncompressedSize))),"
                    + " more than the limit of \(FileInput.byteSize(limit)); unzip it and name the file instead")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
        } catch {
            throw FileInput.failure(.invalid, displayName, "the zip archive is damaged: \(error)")
        }
        return bytes
    }
}
