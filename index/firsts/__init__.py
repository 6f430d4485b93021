"""Which passage goes first among those nearly as relevant: the one telling what is asked."""
