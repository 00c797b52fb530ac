// Package attach runs a target program under the loaded probe programs:
// it starts the target stopped, attaches every uprobe to its PID, reads the
// ring buffer while it runs, and detaches everything on every exit path.
package attach
