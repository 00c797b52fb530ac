module github.com/godi-golden/probe

go 1.26.0

require (
	github.com/cilium/ebpf v0.22.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	golang.org/x/arch v0.33.0
	golang.org/x/sys v0.43.0
)

require golang.org/x/text v0.14.0 // indirect
