package org.lastpresence.it.cluster;

import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;

import org.jivesoftware.openfire.session.LocalSession;
import org.jivesoftware.util.cache.ClusterTask;
import org.jivesoftware.util.cache.ExternalizableUtil;

/** Runs one {@link SessionOperation} on a session that the receiving node holds; a missing session answers null. */
public final class SessionTask implements ClusterTask<Object> {
    private SessionKind kind;
    private String key;
    private SessionOperation operation;
    private String first;
    private String second;
    private transient Serializable result;

    /** For deserialization. */
    public SessionTask() {
    }

    SessionTask(SessionKind kind, String key, SessionOperation operation, String first, String second) {
        this.kind = kind;
        this.key = key;
        this.operation = operation;
        this.first = first;
        this.second = second;
    }

    @Override
    public void run() {
        LocalSession session = kind.findLocal(key);
        result = session == null ? null : operation.apply(session, first, second);
    }

    @Override
    public Object getResult() {
        return result;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        ExternalizableUtil util = ExternalizableUtil.getInstance();
        util.writeSafeUTF(out, kind.name());
        util.writeSafeUTF(out, key);
        util.writeSafeUTF(out, operation.name());
        util.writeSafeUTF(out, first);
        util.writeSafeUTF(out, second);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        ExternalizableUtil util = ExternalizableUtil.getInstance();
        kind = SessionKind.valueOf(util.readSafeUTF(in));
        key = util.readSafeUTF(in);
        operation = SessionOperation.valueOf(util.readSafeUTF(in));
        first = util.readSafeUTF(in);
        second = util.readSafeUTF(in);
    }
}
