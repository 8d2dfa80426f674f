/// What a settings save does with the logo.
package enum LogoChange: Sendable {
    case keep
    case remove
    case replace(AttachmentUpload)
}
