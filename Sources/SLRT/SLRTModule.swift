enum SLRTModule {}
