// Parley build of FerretDB.

package handler

import "github.com/FerretDB/FerretDB/internal/types"

// trimmedKeys reports whether the backend's filter lost keys of the command's filter
// (dotted keys are removed unless nested pushdown is enabled).
func trimmedKeys(filter, backendFilter *types.Document) bool {
	return filter.Len() != backendFilter.Len()
}
