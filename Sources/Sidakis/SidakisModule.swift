enum SidakisModule {}
