package main

// login has fields whose names are on Datadog's default redaction list.
type login struct {
	User   string
	Token  string
	APIKey string
}

// credentials is a candidate for a redacted-types rule ("main.credentials").
type credentials struct {
	Host   string
	Secret string
}

func runRedaction() {
	testRedactedIdent("hunter2", login{User: "ada", Token: "t0k3n", APIKey: "k3y"})
	testRedactedType(credentials{Host: "db", Secret: "s3cr3t"})
}

// Identifiers on the default redaction list (password, token, apikey,
// compared without case, '_' or '-'): password, user.Token and user.APIKey
// show notCapturedReason "redactedIdent"; user.User is "ada".
//
//go:noinline
func testRedactedIdent(password string, user login) {
	sink += len(password) + len(user.User) + len(user.Token) + len(user.APIKey)
}

// With a redacted-types rule matching main.credentials, c shows
// notCapturedReason "redactedType"; without one, Host "db" and Secret
// (redacted by identifier, "redactedIdent").
//
//go:noinline
func testRedactedType(c credentials) {
	sink += len(c.Host) + len(c.Secret)
}
