package import struct Foundation.Data

extension MustacheValue {
    /// Reads one JSON document of any kind (object, array, string, number, boolean or null).
    package init(json: Data) throws(JSONParseError) {
        var parser = JSONParser(bytes: Array(json))
        self = try parser.parseDocument()
    }

    /// Reads one JSON document from its UTF-8 bytes.
    package init(json bytes: [UInt8]) throws(JSONParseError) {
        var parser = JSONParser(bytes: bytes)
        self = try parser.parseDocument()
    }
}
