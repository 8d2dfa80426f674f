/// Placeholder removed by the CSV reader/writer work.
package enum CSVField {}
