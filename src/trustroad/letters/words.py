"""Six plain words both partners read aloud to prove they paired with each other, not a third file.

256 short, common words that are hard to mishear for one another: each word carries one byte
of a hash of both public keys, so six words are 48 bits, far too many to forge by trial.
"""

from __future__ import annotations

WORDS = (
    "acorn", "album", "amber", "anchor", "apple", "apron", "arrow", "atlas",
    "attic", "autumn", "badge", "bakery", "bamboo", "banjo", "barley", "basket",
    "beacon", "beetle", "bench", "berry", "bicycle", "birch", "biscuit", "blanket",
    "blossom", "bonnet", "bottle", "bramble", "bridge", "bucket", "buffalo", "butter",
    "cabin", "cactus", "camel", "candle", "canoe", "canvas", "carpet", "carrot",
    "castle", "cedar", "cello", "cherry", "chimney", "cinnamon", "circus", "clover",
    "cobalt", "coconut", "comet", "copper", "coral", "cotton", "cradle", "crayon",
    "cricket", "crystal", "cupboard", "cushion", "daisy", "dancer", "denim", "desert",
    "diamond", "dolphin", "donkey", "dragon", "drum", "eagle", "easel", "ember",
    "emerald", "engine", "falcon", "feather", "fennel", "ferry", "fiddle", "finch",
    "flannel", "flute", "forest", "fossil", "fountain", "fox", "garden", "garlic",
    "ginger", "glacier", "globe", "goose", "granite", "grape", "gravel", "guitar",
    "hammock", "harbor", "harvest", "hazel", "hedgehog", "helmet", "heron", "hickory",
    "honey", "horizon", "husky", "igloo", "island", "ivory", "jacket", "jasmine",
    "jelly", "jigsaw", "juniper", "kayak", "kettle", "kitten", "koala", "ladder",
    "lagoon", "lantern", "lavender", "lemon", "lentil", "library", "lilac", "linen",
    "lobster", "locket", "lotus", "lumber", "magnet", "mango", "maple", "marble",
    "meadow", "melon", "mirror", "mitten", "monsoon", "mosaic", "muffin", "mustard",
    "napkin", "nectar", "needle", "nutmeg", "oasis", "oatmeal", "ocean", "olive",
    "onion", "orange", "orchard", "otter", "oyster", "paddle", "pancake", "panda",
    "paper", "parrot", "peach", "pebble", "pelican", "pepper", "piano", "pillow",
    "pine", "planet", "plum", "pocket", "pony", "poppy", "potato", "pretzel",
    "pumpkin", "puzzle", "quartz", "quilt", "rabbit", "radish", "rainbow", "raven",
    "ribbon", "river", "robin", "rocket", "saddle", "saffron", "salmon", "sandal",
    "satchel", "scarf", "seashell", "shadow", "sheep", "silver", "sketch", "sled",
    "snail", "sparrow", "spinach", "sponge", "spruce", "squirrel", "stable", "starfish",
    "stone", "sugar", "summit", "sunflower", "swan", "sweater", "tablet", "tangerine",
    "teapot", "thimble", "thistle", "thunder", "tiger", "timber", "toast", "tomato",
    "topaz", "tortoise", "towel", "tractor", "trumpet", "tulip", "tunnel", "turnip",
    "umbrella", "valley", "velvet", "violin", "volcano", "wagon", "walnut", "walrus",
    "wheat", "whistle", "willow", "window", "winter", "wizard", "yogurt", "zebra",
    "breeze", "coffee", "dune", "marigold", "nest", "orbit", "saucer", "tundra",
)  # fmt: skip

CODE_WORDS = 6


def code_words(digest: bytes, count: int = CODE_WORDS) -> str:
    """The first `count` bytes of `digest`, one word each, joined by spaces."""
    return " ".join(WORDS[byte] for byte in digest[:count])
