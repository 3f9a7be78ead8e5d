package uk.breachreport.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration as plain entries, so executors open {@code hdfs:} and
 * {@code s3a:} files with the same settings (credentials, endpoints) the user gave spark-submit.
 */
final class HadoopConf implements Serializable {

  private static final long serialVersionUID = 1L;
  private final Map<String, String> entries = new HashMap<>();

  HadoopConf(Configuration conf) {
    conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
  }

  Configuration get() {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }
}
