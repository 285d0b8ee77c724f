// Parley build of FerretDB: retryable writes are executed at most once.

package handler

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/FerretDB/wire"
	"github.com/FerretDB/wire/wirebson"

	"github.com/FerretDB/FerretDB/internal/bson"
	"github.com/FerretDB/FerretDB/internal/handler/handlererrors"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
)

// A driver with retryWrites=true sends insert, update, delete and findAndModify with the session
// id (lsid) and a transaction number (txnNumber) that is new for each write of that session, and
// sends the very same command again after a network error. MongoDB executes such a write at most
// once: a retry of a (lsid, txnNumber) it has executed returns the original result, stored in
// config.transactions. Upstream FerretDB ignores both fields, so a write whose reply was lost is
// applied twice ($inc twice, an insert twice, ...).
//
// This build remembers, per session, the reply of its latest retryable write, in memory, and
// answers a retry from it without executing the command again. A session's writes are serialized
// (a copy of the command arriving while the first still runs waits for it and gets its reply),
// and once started a write runs to the end even if its client disconnects, so its reply is there
// for the retry. A lower txnNumber than the session's latest is refused with TransactionTooOld, as
// MongoDB does. The memory is bounded (retryableSessionsParleyMax sessions, retryableBytesParleyMax
// bytes of replies, sessions idle for retryableIdleParley dropped; least recently used first) and
// is lost when FerretDB restarts: a retry that reaches a restarted FerretDB executes again.
const (
	retryableSessionsParleyMax = 100_000
	retryableBytesParleyMax    = 64 << 20
	retryableIdleParley        = 30 * time.Minute // MongoDB's default logical session timeout
)

// retryableSessionParley is the retryable-write state of one logical session.
type retryableSessionParley struct {
	// turn is held (a token in a channel of capacity 1) while a write of the session executes.
	turn chan struct{}

	// guarded by turn
	txnNumber int64
	started   bool
	command   string      // "name db.collection" of the write with txnNumber
	reply     *wire.OpMsg // nil when there is no reply to replay

	// guarded by retryableWritesParley.mu
	key     string
	users   int // goroutines that hold or wait for turn; the session is not evicted while > 0
	size    int // bytes of reply
	lastUse time.Time
	elem    *list.Element
}

// retryableWritesParley is the process-wide memory: every client goes through this one process.
var retryableWritesParley = struct {
	mu       sync.Mutex
	sessions map[string]*retryableSessionParley
	lru      list.List // of *retryableSessionParley, most recently used first
	bytes    int
}{sessions: map[string]*retryableSessionParley{}}

// wrapRetryableWritesParley makes the retryable write commands execute at most once per
// (lsid, txnNumber).
func (h *Handler) wrapRetryableWritesParley() {
	for _, name := range []string{"insert", "update", "delete", "findAndModify", "findandmodify"} {
		cmd := h.commands[name]
		if cmd == nil {
			continue
		}

		handler := cmd.Handler
		cmd.Handler = func(ctx context.Context, msg *wire.OpMsg) (*wire.OpMsg, error) {
			return retryableWriteParley(ctx, msg, handler)
		}
	}
}

// retryableWriteParley runs handler for msg at most once per (lsid, txnNumber).
func retryableWriteParley(ctx context.Context, msg *wire.OpMsg, handler func(context.Context, *wire.OpMsg) (*wire.OpMsg, error)) (*wire.OpMsg, error) {
	key, txnNumber, command, ok, err := retryableWriteIDParley(msg)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	if !ok {
		return handler(ctx, msg)
	}

	s := acquireRetryableSessionParley(key)
	defer releaseRetryableSessionParley(s)

	select {
	case s.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, lazyerrors.Error(context.Cause(ctx))
	}
	defer func() { <-s.turn }()

	switch {
	case s.started && txnNumber < s.txnNumber:
		return errorReplyParley(225, "TransactionTooOld", fmt.Sprintf(
			"Retryable write with txnNumber %d is prohibited on session because a newer retryable write with txnNumber %d has already started on this session.",
			txnNumber, s.txnNumber,
		))

	case s.started && txnNumber == s.txnNumber && s.reply != nil:
		if command != s.command {
			return errorReplyParley(2, "BadValue", fmt.Sprintf(
				"txnNumber %d of this session was used by %q; a retry must resend the same command, not %q",
				txnNumber, s.command, command,
			))
		}

		return s.reply, nil
	}

	// A new write (or a retry of one that ended in an error that applied nothing): execute it to
	// the end even if this client goes away, so that its retry finds the reply.
	s.started, s.txnNumber, s.command, s.reply = true, txnNumber, command, nil
	setRetryableReplySizeParley(s, 0)

	reply, err := handler(context.WithoutCancel(ctx), msg)

	var writeErrs *handlererrors.WriteErrors
	if err != nil && errors.As(err, &writeErrs) {
		// Write errors (a duplicate key, ...) come after the statements before them were applied;
		// MongoDB's reply to them is ok: 1 with writeErrors, and a retry gets the same reply.
		if reply, err = wire.NewOpMsg(writeErrs.Document()); err != nil {
			return nil, lazyerrors.Error(err)
		}
	}

	if err != nil || reply == nil {
		return reply, err
	}

	s.reply = reply
	setRetryableReplySizeParley(s, len(reply.RawSection0()))

	return reply, nil
}

// retryableWriteIDParley returns the session key, txnNumber and "name db.collection" of a
// retryable write; ok is false when msg is not one (no lsid or txnNumber, or part of a transaction).
func retryableWriteIDParley(msg *wire.OpMsg) (key string, txnNumber int64, command string, ok bool, err error) {
	doc, err := bson.ToDocument(msg.RawSection0())
	if err != nil {
		return "", 0, "", false, lazyerrors.Error(err)
	}

	if doc.Has("autocommit") || doc.Has("startTransaction") {
		return "", 0, "", false, nil
	}

	switch v := must0Parley(doc.Get("txnNumber")).(type) {
	case int64:
		txnNumber = v
	case int32:
		txnNumber = int64(v)
	default:
		return "", 0, "", false, nil
	}

	lsid, _ := must0Parley(doc.Get("lsid")).(*types.Document)
	if lsid == nil {
		return "", 0, "", false, nil
	}

	id, isBinary := must0Parley(lsid.Get("id")).(types.Binary)
	if !isBinary {
		return "", 0, "", false, nil
	}

	key = fmt.Sprintf("%d:%x", id.Subtype, id.B)
	if uid, isUID := must0Parley(lsid.Get("uid")).(types.Binary); isUID {
		key += fmt.Sprintf("/%x", uid.B) // the user, when authenticated
	}

	name := doc.Command()
	collection, _ := must0Parley(doc.Get(name)).(string)
	db, _ := must0Parley(doc.Get("$db")).(string)
	command = fmt.Sprintf("%s %s.%s", strings.ToLower(name), db, collection)

	return key, txnNumber, command, true, nil
}

// must0Parley drops the "not found" error of types.Document.Get: a missing field is nil.
func must0Parley(v any, _ error) any {
	return v
}

// acquireRetryableSessionParley returns the session's state, created when new, marked used.
func acquireRetryableSessionParley(key string) *retryableSessionParley {
	m := &retryableWritesParley
	m.mu.Lock()
	defer m.mu.Unlock()

	s := m.sessions[key]
	if s == nil {
		s = &retryableSessionParley{turn: make(chan struct{}, 1), key: key}
		s.elem = m.lru.PushFront(s)
		m.sessions[key] = s
	}

	s.users++
	s.lastUse = time.Now()
	m.lru.MoveToFront(s.elem)

	return s
}

// releaseRetryableSessionParley unmarks the session and drops the least recently used idle
// sessions beyond the bounds.
func releaseRetryableSessionParley(s *retryableSessionParley) {
	m := &retryableWritesParley
	m.mu.Lock()
	defer m.mu.Unlock()

	s.users--
	s.lastUse = time.Now()

	now := time.Now()

	for e := m.lru.Back(); e != nil; {
		old := e.Value.(*retryableSessionParley)
		prev := e.Prev()

		over := len(m.sessions) > retryableSessionsParleyMax || m.bytes > retryableBytesParleyMax
		if !over && now.Sub(old.lastUse) < retryableIdleParley {
			break
		}

		if old.users == 0 {
			m.lru.Remove(e)
			delete(m.sessions, old.key)
			m.bytes -= old.size
		}

		e = prev
	}
}

// setRetryableReplySizeParley records the size of the session's stored reply.
func setRetryableReplySizeParley(s *retryableSessionParley, size int) {
	m := &retryableWritesParley
	m.mu.Lock()
	defer m.mu.Unlock()

	m.bytes += size - s.size
	s.size = size
}

// errorReplyParley is a command error reply with a code that FerretDB's error codes lack.
func errorReplyParley(code int32, codeName, errmsg string) (*wire.OpMsg, error) {
	return wire.NewOpMsg(wirebson.MustDocument(
		"ok", float64(0),
		"errmsg", errmsg,
		"code", code,
		"codeName", codeName,
	))
}
