package app.skillcurrent.bench;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * What every part of one generation run shares: the connection, the batched tables, the options, the progress
 * bar, one seeded random source (so a seed gives the same data, part after part) and the moment it runs at.
 */
record Generation(Connection db, Tables tables, Options options, Progress progress, Random random, Words words,
                  LocalDateTime now) {
}
