enum DashboardModule {}
