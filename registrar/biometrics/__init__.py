"""Image intake, face detection, quality, embedders and the 1:N index (issue [2/6])."""
