/// The one register of households (keluarga) and persons (penduduk) shared by every module.
package enum RegistryModule {}
