package org.lastpresence.it.cluster;

import java.io.Serializable;
import java.util.concurrent.Callable;

import org.jivesoftware.util.cache.ClusterTask;
import org.slf4j.LoggerFactory;

/** Carries an Openfire {@link ClusterTask} to another node through Hazelcast's executor and runs it there. */
final class TaskCall implements Callable<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    // Externalizable: Java serialization calls its writeExternal/readExternal.
    private final ClusterTask<?> task;

    TaskCall(ClusterTask<?> task) {
        this.task = task;
    }

    @Override
    public Object call() {
        try {
            task.run();
            return task.getResult();
        } catch (RuntimeException | Error e) {
            // Nobody reads the future of a fire-and-forget task: say here that it failed.
            LoggerFactory.getLogger(TaskCall.class).error("Cluster task " + task.getClass().getName() + " failed", e);
            throw e;
        }
    }
}
