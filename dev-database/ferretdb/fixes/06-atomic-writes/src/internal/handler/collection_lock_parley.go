// Parley build of FerretDB: atomic read-modify-write.

package handler

import (
	"context"
	"sync"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/handler/common"
)

// collectionLocksParley holds one mutex per "database\x00collection".
//
// FerretDB v1 runs an update, findAndModify or delete as separate backend calls: query, filter
// and modify in Go, then write back by _id. Two connections doing that at once both read the same
// version and the later write wins (lost $inc, two winners of a compare-and-set, duplicate upserts,
// a deleted document written back). Every such command of one collection holds the collection's
// mutex from its query to its write, so each is one atomic read-modify-write as on MongoDB.
// SQLite has one writer per database anyway (and the build queues writers per database), so this
// costs no write concurrency; reads (find, count, aggregate) do not take it.
var collectionLocksParley sync.Map // string -> *sync.Mutex

// lockCollectionParley locks the collection and returns its unlock function, which may be called
// more than once (only the first call unlocks).
func lockCollectionParley(dbName, collectionName string) func() {
	m, _ := collectionLocksParley.LoadOrStore(dbName+"\x00"+collectionName, new(sync.Mutex))
	mu := m.(*sync.Mutex)
	mu.Lock()

	held := true

	return func() {
		if held {
			held = false
			mu.Unlock()
		}
	}
}

// execDeleteLockedParley runs execDelete for one statement of a delete command under the
// collection's lock, so a racing update cannot write a deleted document back.
func (h *Handler) execDeleteLockedParley(ctx context.Context, c backends.Collection, p *common.Delete, dbName, collectionName string) (int32, error) {
	defer lockCollectionParley(dbName, collectionName)()

	return h.execDelete(ctx, c, p)
}
