package org.charterreviewer.bundle;

/**
 * Caps that make a zip bomb harmless. They are enforced on the bytes actually read while streaming,
 * never on the sizes the ZIP's headers claim.
 *
 * @param maxEntries        most entries a bundle may hold
 * @param maxTotalBytes     most bytes all entries may hold together, uncompressed
 * @param maxRatio          most uncompressed bytes per compressed byte an entry may reach ...
 * @param ratioFloorBytes   ... once it has grown past this many bytes (small files compress well legitimately)
 * @param maxMetadataBytes  most bytes of manifest.json, its signature, review.json and charter.json (read into memory)
 */
public record BundleLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes, long maxMetadataBytes) {

    public static final BundleLimits DEFAULT = new BundleLimits(10_000, 20L * 1024 * 1024 * 1024, 100, 1024 * 1024,
            64L * 1024 * 1024);

    public BundleLimits withMaxTotalBytes(long bytes) {
        return new BundleLimits(maxEntries, bytes, maxRatio, ratioFloorBytes, maxMetadataBytes);
    }

    public BundleLimits withMaxEntries(int entries) {
        return new BundleLimits(entries, maxTotalBytes, maxRatio, ratioFloorBytes, maxMetadataBytes);
    }
}
