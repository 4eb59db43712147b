package dev.jera.cluster.deploy;

import java.util.Random;

/**
 * Names a Workflow before it is created, as Kubernetes would for {@code generateName} (five characters
 * of its alphabet after the prefix, the prefix cut to 58), and gives each submission an id for its
 * label: with both fixed beforehand, sending the create again after a lost answer cannot make a second
 * Workflow, and the one found under that name is known to be this submission's.
 */
public final class SubmissionIds {
  /** The label holding a submission's id. */
  public static final String LABEL = "jera.dev/submission";

  private static final String NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int MAX_PREFIX = 58;

  private final Random random;

  /** Ids drawn from {@code random} (a {@link java.security.SecureRandom} in use; seeded in tests). */
  public SubmissionIds(Random random) {
    this.random = random;
  }

  /** A name for a Workflow from {@code generateName}, such as {@code order-pricing-x7k2p}. */
  public String name(String generateName) {
    String prefix = generateName.length() > MAX_PREFIX ? generateName.substring(0, MAX_PREFIX) : generateName;
    return prefix + draw(NAME_ALPHABET, 5);
  }

  /** A submission id: a valid label value. */
  public String id() {
    return draw(ID_ALPHABET, 20);
  }

  private String draw(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
