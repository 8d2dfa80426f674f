/// SIDAMESRA: indicator sets, assessments, scores, categories, ranking, profiles.
package enum SidamesraModule {}
