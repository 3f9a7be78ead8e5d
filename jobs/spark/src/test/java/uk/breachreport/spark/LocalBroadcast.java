package uk.breachreport.spark;

import org.apache.spark.broadcast.Broadcast;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/** A broadcast value with no SparkContext behind it, for step functions tested outside Spark. */
final class LocalBroadcast<T> extends Broadcast<T> {

  private static final long serialVersionUID = 1L;
  private final T value;

  @SuppressWarnings("unchecked")
  LocalBroadcast(T value) {
    super(0L, (ClassTag<T>) ClassTag$.MODULE$.apply(Object.class));
    this.value = value;
  }

  @Override
  public T getValue() {
    return value;
  }

  @Override
  public void doUnpersist(boolean blocking) {}

  @Override
  public void doDestroy(boolean blocking) {}
}
